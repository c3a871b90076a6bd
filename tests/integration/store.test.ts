/**
 * Data at rest through a real server: nothing a person wrote on the board is readable in the
 * database files. (The store contract itself, each port on every implementation, with at-rest
 * checks for every sealed field, is server/src/store/contract/, run by SqliteStore.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addItem } from '@cb/shared/doc/board';
import { createConference, joinAsChair, signInAdmin } from '../support/factories.ts';
import { startTestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced } from '../support/yclient.ts';

describe('data at rest', () => {
  it('keeps board text, children’s names and the conference title out of the database files in plain text', async () => {
    const t = await startTestServer();
    try {
      const admin = await signInAdmin(t.url);
      const conf = await createConference(admin);
      const chair = await joinAsChair(t.url, admin, conf.id);
      const writer = connectDoc(t.url, conf.id, chair.cookie);
      const reader = connectDoc(t.url, conf.id, chair.cookie);
      await Promise.all([whenSynced(writer), whenSynced(reader)]);
      const marker = 'Plaintext-marker QUILLFEATHER-4471';
      addItem(writer.doc, 'worries', { id: 'm1', text: marker, createdAt: '2026-12-03T10:00:00Z' });
      await waitFor(() => reader.doc.getArray('worries').length === 1, 'the echo');
      writer.destroy();
      reader.destroy();
      const files = fs.readdirSync(t.dataDir).filter((f) => f.includes('sqlite'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const bytes = fs.readFileSync(path.join(t.dataDir, file));
        for (const needle of ['QUILLFEATHER-4471', 'Testchild A Fictional', conf.title]) {
          expect(bytes.includes(Buffer.from(needle)), `${needle} in ${file}`).toBe(false);
        }
      }
      const key = fs.statSync(path.join(t.dataDir, 'data.key'));
      expect(key.mode & 0o077).toBe(0);
    } finally {
      await t.stop();
    }
  });
});
