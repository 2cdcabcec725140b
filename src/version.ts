/** The gate's version, sent in the User-Agent; a test keeps it equal to package.json's. */
export const GATE_VERSION = '1.0.0';
export const USER_AGENT = `moncreneau-deploy-gate/${GATE_VERSION}`;
