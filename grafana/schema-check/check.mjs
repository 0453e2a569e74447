// Type-checks the dashboards against @grafana/schema of the Grafana version docker-compose.yml runs: the dashboard
// model (unknown or misspelt keys, wrong value types, missing required fields) and, per panel type, the panel's
// options and fieldConfig.defaults.custom (unknown keys, wrong types; fields Grafana defaults are optional).
// Run: cd grafana/schema-check && npm install && npm run check
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dashboards = join('..', 'dashboards');
const raw = 'node_modules/@grafana/schema/dist/esm/raw';
const panelTypes = {
  timeseries: 'timeseries/panelcfg/x/TimeSeriesPanelCfg_types.gen',
  stat: 'stat/panelcfg/x/StatPanelCfg_types.gen',
  table: 'table/panelcfg/x/TablePanelCfg_types.gen',
  trend: 'trend/panelcfg/x/TrendPanelCfg_types.gen',
  'status-history': 'statushistory/panelcfg/x/StatusHistoryPanelCfg_types.gen',
};
const out = 'generated';
mkdirSync(out, { recursive: true });

const header = [
  `import type { Dashboard } from '../${raw}/dashboard/x/dashboard_types.gen';`,
  ...Object.entries(panelTypes).map(([type, file], i) =>
    `import type * as P${i} from '../${raw}/composable/${file}';`),
  // String enums of the generated types accept only their members; JSON holds the member's text.
  'type Loose<T> = T extends string ? `${T}` : T extends number | boolean | null | undefined ? T',
  '  : T extends Array<infer U> ? Array<Loose<U>> : T extends object ? { [K in keyof T]: Loose<T[K]> } : T;',
  'type Partly<T> = T extends Array<infer U> ? Array<Partly<U>> : T extends object ? { [K in keyof T]?: Partly<T[K]> } : T;',
  ...Object.keys(panelTypes).map((type, i) => {
    const custom = readFileSync(join(raw, 'composable', panelTypes[type] + '.d.ts'), 'utf8')
      .includes('export interface FieldConfig') ? `Partly<Loose<P${i}.FieldConfig>>` : 'never';
    return `type Panel${i} = { options?: Partly<Loose<P${i}.Options>>; custom?: ${custom} };`;
  }),
].join('\n');

const files = [];
for (const name of readdirSync(dashboards).filter((f) => f.endsWith('.json')).sort()) {
  const json = JSON.parse(readFileSync(join(dashboards, name), 'utf8'));
  const id = name.replace(/\W/g, '_');
  const lines = [header, `export const dashboard: Loose<Dashboard> = ${JSON.stringify(json, null, 2)};`];
  for (const panel of json.panels ?? []) {
    const index = Object.keys(panelTypes).indexOf(panel.type);
    if (panel.type === 'row') continue;
    if (index < 0) throw new Error(`${name}: no panel type check for ${panel.type}`);
    const part = { options: panel.options, custom: panel.fieldConfig?.defaults?.custom };
    lines.push(`export const panel${panel.id}: Panel${index} = ${JSON.stringify(part, null, 2)};`);
  }
  const file = join(out, `${id}.ts`);
  writeFileSync(file, lines.join('\n') + '\n');
  files.push(file);
}
try {
  execFileSync('node_modules/.bin/tsc', ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2020',
    '--moduleResolution', 'node', ...files], { stdio: 'inherit' });
  console.log(`${files.length} dashboards match @grafana/schema`);
} catch {
  process.exitCode = 1;
}
