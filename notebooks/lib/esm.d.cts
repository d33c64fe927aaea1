/** Import an ES module; relative paths are resolved from the project root. Annotate the result with `typeof import('...')` to keep the types. */
export declare function esm<T = any>(specifier: string): Promise<T>;
