import { AppError } from '../domain/app-error.js';

export const REQUIRED_NODE_MAJOR = 24;

/**
 * npm scripts run on the Node 24 that `npm install` puts in node_modules/.bin; a command started
 * some other way (`npx tsx` on an older Node, say) is told how to run it instead.
 */
export function assertSupportedNode(version = process.versions.node): void {
  const major = Number.parseInt(version, 10);
  if (major >= REQUIRED_NODE_MAJOR) return;
  throw new AppError(
    'dependency_unavailable',
    `This project runs on Node.js ${REQUIRED_NODE_MAJOR}, and this is Node.js ${version}; start it through npm (npm start, npm test), which uses the Node.js ${REQUIRED_NODE_MAJOR} that npm install puts in node_modules/.bin.`,
  );
}
