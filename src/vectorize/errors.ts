/** The document-frequency limits removed every term; the caller explains it in the user's flags. */
export class NoTermsLeftError extends Error {
  override name = 'NoTermsLeftError';
}
