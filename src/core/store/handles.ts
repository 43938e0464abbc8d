import type Database from 'better-sqlite3';

/**
 * Branded handles: a function that only reads takes `ReadDb`, one that writes takes `WriteDb`,
 * so a write cannot slip into a read path unnoticed.
 */
export type WriteDb = Database.Database & { readonly __write: true };
export type ReadDb = Database.Database & { readonly __read?: true };
