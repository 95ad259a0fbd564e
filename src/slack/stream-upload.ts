import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { WebClient } from '@slack/web-api';

export interface ChunkedFile {
  channelId: string;
  filename: string;
  title: string;
  chunks: AsyncIterable<string>;
}

/**
 * Uploads a file made as it is written without ever holding it whole. It is
 * spooled to a temporary file, whose size files.getUploadURLExternal asks
 * for first, sent from disk to the upload URL, and shared with
 * files.completeUploadExternal: the steps files.uploadV2 takes, which would
 * read the whole file into memory.
 */
export async function uploadChunks(client: WebClient, file: ChunkedFile): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'zonebot-upload-'));
  const path = join(dir, 'upload');
  try {
    await writeFile(path, file.chunks);
    const { size } = await stat(path);
    const { upload_url, file_id } = await client.files.getUploadURLExternal({ filename: file.filename, length: size });
    if (!upload_url || !file_id) throw new Error('files.getUploadURLExternal gave no upload URL');
    const sent = await fetch(upload_url, {
      method: 'POST',
      headers: { 'content-length': String(size), ...(client.token ? { authorization: `Bearer ${client.token}` } : {}) },
      body: Readable.toWeb(createReadStream(path)) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    if (!sent.ok) throw new Error(`upload to Slack failed with HTTP ${sent.status}`);
    await client.files.completeUploadExternal({
      files: [{ id: file_id, title: file.title }],
      channel_id: file.channelId,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
