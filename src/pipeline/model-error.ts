/** A saved model that cannot be used (missing, truncated, foreign, older format): bad input data, exit code 3. */
export class ModelError extends Error {
  override name = 'ModelError';
}
