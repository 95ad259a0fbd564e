/** Full-width letters, digits and spaces fold to ASCII, so `／zone　ｓｔａｔｕｓ　１９` reads as typed in ASCII. */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').trim().split(/\s+/u).filter(Boolean);
}
