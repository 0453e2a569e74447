package nl.heerlen.energiemonitor.shared;

import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Turns the validation error of a value built from request input into a 400 problem detail. */
public final class BadRequest {
    private BadRequest() {
    }

    public static <T> T unless(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
