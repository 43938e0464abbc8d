export * from './api';
export * from './errors';
export * from './events';
export * from './rpc';
