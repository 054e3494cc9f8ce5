// Ids in the house form of cypher/README.md: a label prefix and a lower-case slug ("place:vorozhba",
// "claim:gur-nk-casualties-30-2024-12-16", "article:005-reuters-kursk-losses").

export function slugify(text: string, maxWords = 8): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

export function entityId(label: 'Person' | 'Agency' | 'Place' | 'Event', name: string): string {
  return `${label.toLowerCase()}:${slugify(name.replace(/\s*\([^)]*\)/g, ''), 6) || 'unnamed'}`;
}
