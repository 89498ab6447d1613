/** The environment every script runs Nx with: no cloud, no daemon, no prompts. */
export const nxEnv = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_INTERACTIVE: 'false',
  NX_TUI: 'false',
};
