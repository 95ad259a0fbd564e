import { mkdtemp, open, rm, stat, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebClient } from '@slack/web-api';

export interface ChunkedFile {
  channelId: string;
  filename: string;
  title: string;
  chunks: AsyncIterable<string>;
}

/** The file goes out this much at a time, through one buffer. */
const SEND_CHUNK = 64 * 1024;

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
    const status = await postFile(upload_url, path, size, client.token);
    if (status < 200 || status > 299) throw new Error(`upload to Slack failed with HTTP ${status}`);
    await client.files.completeUploadExternal({
      files: [{ id: file_id, title: file.title }],
      channel_id: file.channelId,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * POSTs a file from disk through one reused buffer, each piece handed to the
 * socket before the next is read: a stream of fresh buffers would leave the
 * whole file in memory until the garbage collector next ran, since sending
 * allocates almost nothing else that would make it run.
 */
async function postFile(url: string, path: string, size: number, token: string | undefined): Promise<number> {
  const target = new URL(url);
  const request = target.protocol === 'http:' ? httpRequest : httpsRequest;
  const req = request(target, {
    method: 'POST',
    headers: { 'content-length': String(size), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    req.once('response', resolve);
    req.once('error', reject);
  });
  // A refusal mid-way is reported by `answered`; the writes only stop.
  answered.catch(() => {});
  const buffer = Buffer.allocUnsafe(SEND_CHUNK);
  const handle = await open(path);
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, SEND_CHUNK, null);
      if (!bytesRead) break;
      await new Promise<void>((resolve, reject) =>
        req.write(buffer.subarray(0, bytesRead), (err) => (err ? reject(err) : resolve())),
      );
    }
  } catch (err) {
    req.destroy();
    await answered.catch(() => {});
    throw err;
  } finally {
    await handle.close();
  }
  req.end();
  const response = await answered;
  response.resume();
  return response.statusCode ?? 0;
}
