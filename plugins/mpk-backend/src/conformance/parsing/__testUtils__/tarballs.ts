import { gzipSync } from 'node:zlib';

/** One entry of a hand-made tar archive. */
export interface TarEntrySpec {
  path: string;
  content?: string | Buffer;
  /** ustar type flag: '0' file, '1' hard link, '2' symbolic link, '5' directory */
  type?: '0' | '1' | '2' | '5';
  linkpath?: string;
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

/**
 * A ustar header block, written by hand so that tests can build archives a
 * careful tar writer would refuse to (absolute paths, `..`).
 */
export function tarHeader(spec: TarEntrySpec, size: number): Buffer {
  const block = Buffer.alloc(512);
  block.write(spec.path, 0, 100, 'utf8');
  block.write(octal(0o644, 8), 100);
  block.write(octal(0, 8), 108);
  block.write(octal(0, 8), 116);
  block.write(octal(size, 12), 124);
  block.write(octal(1_700_000_000, 12), 136);
  block.fill(' ', 148, 156);
  block.write(spec.type ?? '0', 156);
  block.write(spec.linkpath ?? '', 157, 100, 'utf8');
  block.write('ustar\0', 257);
  block.write('00', 263);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

/** A tar archive (not compressed) of the given entries. */
export function tarOf(entries: TarEntrySpec[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const content = Buffer.from(entry.content ?? '');
    blocks.push(tarHeader(entry, content.length));
    if (content.length > 0) {
      const padded = Buffer.alloc(Math.ceil(content.length / 512) * 512);
      content.copy(padded);
      blocks.push(padded);
    }
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/** A `.tar.gz` of the given entries. */
export function tarGzOf(entries: TarEntrySpec[]): Buffer {
  return gzipSync(tarOf(entries));
}
