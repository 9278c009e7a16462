// The citation store's IndexedDB schema and its upgrade ladder. Only the background and
// extension pages open it: a content script's `indexedDB` is the web page's, not ours.
//
// Each version is one function that moves a database from the previous version, so a v1
// database upgrades in place, step by step, and no step ever drops user data.
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { CitationOrigin, CitationRecord } from '../citations/record';
import { publisherKey } from '../match/publisher';
import { subjectKey } from '../match/subject';

export const DB_NAME = 'corroborate';

/** A record as stored: with the normalised keys its indexes look up. */
export interface StoredCitation extends CitationRecord {
  publisherKey: string;
  /** Absent (not null) without a subject, so the record stays out of the 'subject' index. */
  subjectKey?: string;
}

export interface MetaEntry {
  key: string;
  value: string;
}

export interface CorroborateSchema extends DBSchema {
  citations: {
    key: string;
    value: StoredCitation;
    indexes: {
      unit_value: [string, number];
      subject: string;
      publisher: string;
      origin: CitationOrigin;
      measure: string;
    };
  };
  meta: { key: string; value: MetaEntry };
}

export type CorroborateDb = IDBPDatabase<CorroborateSchema>;
type UpgradeTransaction = IDBPTransaction<
  CorroborateSchema,
  StoreNames<CorroborateSchema>[],
  'versionchange'
>;
type Upgrade = (db: CorroborateDb, transaction: UpgradeTransaction) => void;

/** v1: the citations and the indexes matching and the options page search by. */
function toVersion1(db: CorroborateDb): void {
  const citations = db.createObjectStore('citations', { keyPath: 'id' });
  citations.createIndex('unit_value', ['unit', 'value']);
  citations.createIndex('subject', 'subjectKey');
  citations.createIndex('publisher', 'publisherKey');
  citations.createIndex('origin', 'origin');
}

/**
 * v2: a 'meta' store for the bundled pack's version (so an upgrade of the extension knows when
 * to replace the starter citations) and a 'measure' index for the options page's filter.
 */
function toVersion2(db: CorroborateDb, transaction: UpgradeTransaction): void {
  db.createObjectStore('meta', { keyPath: 'key' });
  transaction.objectStore('citations').createIndex('measure', 'measure');
}

const UPGRADES: readonly Upgrade[] = [toVersion1, toVersion2];
export const DB_VERSION = UPGRADES.length;

export function openCitationDb(name: string = DB_NAME): Promise<CorroborateDb> {
  return openDB<CorroborateSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, transaction) {
      for (let version = oldVersion; version < (newVersion ?? DB_VERSION); version++)
        UPGRADES[version]?.(db, transaction);
    },
  });
}

export function toStored(record: CitationRecord): StoredCitation {
  const key = subjectKey(record.subject);
  const stored: StoredCitation = { ...record, publisherKey: publisherKey(record.publisher) };
  if (key !== null) stored.subjectKey = key;
  return stored;
}

export function fromStored(stored: StoredCitation): CitationRecord {
  const { id, origin, publisher, claim, url, published, subject, value, unit, measure, rating } =
    stored;
  return { id, origin, publisher, claim, url, published, subject, value, unit, measure, rating };
}
