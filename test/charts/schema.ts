import { createRequire } from 'node:module';
import { Ajv } from 'ajv';

const require = createRequire(import.meta.url);
const schema = require('vega-lite/vega-lite-schema.json') as object;

// The Vega-Lite schema uses draft-07 keywords plus a few custom annotations; strict mode would reject those.
const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
// The formats the schema names: colours are checked; URIs never occur (data is inline), so any string passes.
ajv.addFormat('color-hex', /^#(?:[0-9a-fA-F]{3}){1,2}$/);
ajv.addFormat('uri', true);
ajv.addFormat('uri-reference', true);
const validateSpec = ajv.compile(schema);

/** Validation errors of a spec against the installed Vega-Lite v6 schema, as readable lines; empty when valid. */
export function vegaLiteSchemaErrors(spec: unknown): string[] {
  if (validateSpec(spec)) return [];
  return (validateSpec.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
