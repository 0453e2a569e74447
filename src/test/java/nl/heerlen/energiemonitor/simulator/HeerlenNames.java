package nl.heerlen.energiemonitor.simulator;

import java.util.List;
import java.util.Random;

/**
 * Names and places for the generated Heerlen fleet. The streets are Heerlen's; the schools, numbers and
 * installations are invented (every name carries "(simulated)"), so nothing here describes a real building.
 */
final class HeerlenNames {

    static final List<String> SCHOOLS = List.of("De Regenboog", "Het Anker", "De Kameleon", "De Sleutelbloem",
            "Het Palet", "De Horizon", "De Wilgen", "Op de Berg", "De Bron", "Het Kompas", "De Vlinder", "De Toermalijn",
            "Het Mozaïek", "De Klimboom", "De Zonnewijzer", "Het Startpunt", "De Linde", "De Ster", "De Speelhoek",
            "De Wegwijzer", "Het Baken", "De Ontdekking", "De Uitdaging", "De Triangel", "Het Vlot", "De Verrekijker",
            "De Schatkist", "De Zeppelin", "De Meander", "Het Klaverblad", "De Parel", "De Lindeboom", "De Akker",
            "De Windroos", "Het Tarwekorrel", "De Driesprong", "De Duizendpoot", "De Vuurtoren", "De Kastanje",
            "De Fontein");
    static final List<String> STREETS = List.of("Akerstraat", "Kloosterweg", "Schaesbergerweg", "Heerlerbaan",
            "Valkenburgerweg", "Meezenbroekerweg", "Molenberglaan", "Caumerbeeklaan", "Oliemolenstraat",
            "Palemigerboord", "Welterlaan", "Vrieheidestraat", "Ganzeweide", "Corisbergweg", "Eikenderweg",
            "Schandelerboord", "Beersdalweg", "Grasbroekerweg", "Nobelstraat", "Kampstraat", "Terworm",
            "Op de Nobel", "Zeswegenlaan", "Ter Linden", "Peschstraat", "Kruisstraat", "Dr. Poelsplein");
    static final List<String> CENTRE_STREETS = List.of("Promenade", "Saroleastraat", "Limburgiastraat",
            "Bongerd", "Emmaplein", "Pancratiusplein", "Dautzenbergstraat", "Geleenstraat", "Stationsplein",
            "Wilhelminaplein", "Honigmanstraat", "Kruisstraat", "Raadhuisplein", "Coriovallumstraat",
            "Putgraaf", "Oranje Nassaustraat", "Stationsstraat");
    static final List<String> NEIGHBOURHOOD_STREETS = List.of("Heksenberg", "Kerkraderweg", "Vijgenstraat",
            "Laanderstraat", "Kommerveldlaan", "Schaapskooi", "Veldhofstraat", "Lindenlaan", "Ruysdaelstraat",
            "Meidoornstraat", "Beukenstraat", "Esdoornstraat");

    private HeerlenNames() {
    }

    static String address(Random random, List<String> streets) {
        return streets.get(random.nextInt(streets.size())) + " " + (1 + random.nextInt(180));
    }

    /** A point in the box of a part of Heerlen, to 4 decimals (about 10 m). */
    static String[] point(Random random, double south, double north, double west, double east) {
        return new String[] {
                coordinate(south + random.nextDouble() * (north - south)),
                coordinate(west + random.nextDouble() * (east - west))};
    }

    private static String coordinate(double degrees) {
        return String.format(java.util.Locale.ROOT, "%.4f", degrees);
    }
}
