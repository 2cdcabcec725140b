/** The source with every character above U+00FF escaped; throws where no escape keeps the meaning. */
export function latin1Source(source: string, file?: string): string;
