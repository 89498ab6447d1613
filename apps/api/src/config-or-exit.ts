import { AppConfig, ConfigError, loadConfig } from '@assay/api/core';

/**
 * The configuration from the environment; when it is wrong, the process ends with the message
 * (which names the variable and what it must be) and exit code 78 (EX_CONFIG), as every command
 * of the API does: the server, db:migrate, backup and restore.
 */
export function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
