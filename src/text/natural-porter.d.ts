// natural ships one index.d.ts for the whole package; importing only the
// Porter stemmer (to avoid the 1 s import of `natural`) needs its own declaration.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
