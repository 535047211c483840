export type { Endpoint, FakeAnswer } from './answer';
export type { Fault, FaultOptions } from './faults';
export { apiHosts, SITE_HOSTS, worldHosts } from './hosts';
export type { LoggedRequest, RequestFilter } from './request-log';
export { SITE_PATHS } from './sites';
export { maskToken, SUPPORTED_STATES, TOKEN_STATES, type TokenSpec, type TokenState } from './tokens';
export { type FakeChannelSpec, type FakeTool, type FakeTools, MIXPOST_HOST } from './tools';
export { type FakeWorld, startWorld } from './world';
