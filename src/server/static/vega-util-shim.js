// vega-interpreter's ES build imports 'vega-util'; the UMD vega bundle already holds it.
const vega = globalThis.vega;
export const ascending = vega.ascending;
export const isString = vega.isString;
export const DisallowedObjectProperties = vega.DisallowedObjectProperties;
