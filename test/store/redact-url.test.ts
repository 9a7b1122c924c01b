import { describe, expect, it } from '@jest/globals';
import { redactUrl } from '../../src/store/pg/pg-db.js';

describe('redactUrl (the startup log and admin messages name the database, never its password)', () => {
  it.each([
    ['postgres://bot:s3cret-Pa55@db.internal:5432/partners', 'postgres://bot:***@db.internal:5432/partners'],
    ['postgresql://postgres@127.0.0.1/test?sslmode=require', 'postgresql://postgres@127.0.0.1/test?sslmode=require'],
    ['not a url s3cret', 'postgres://(unparsable URL)'],
  ])('%s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
    expect(redactUrl(url)).not.toContain('s3cret');
  });
});
