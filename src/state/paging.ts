/**
 * Paging through a long list: which rows a page shows, and where a page move or a new page size
 * lands. Pages count from 1; every result is a page that exists (at least page 1 of 1). Pure: no
 * DOM, no Lit.
 */

/** The page sizes offered; a host may ask for another one. */
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export type PageMove = 'first' | 'previous' | 'next' | 'last';

/**
 * The rows per page a host asked for: an integer from 1 (at most 500), given as a number or as
 * text (an attribute's value); anything else (NaN, 2.5, true, a symbol…) means the default.
 */
export function rowsPerPageOf(value: unknown): number {
  const size = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isInteger(size) && size >= 1 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
}

/**
 * For a list that offers fixed page sizes only: `value` (a number, or an attribute's text) when
 * it is one of `sizes`, else `fallback`.
 */
export function pageSizeAmong(value: unknown, sizes: readonly number[], fallback: number): number {
  const size = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return sizes.includes(size) ? size : fallback;
}

/** How many pages `total` rows take: at least one, even for an empty list. */
export function countPages(total: number, rowsPerPage: number): number {
  return Math.max(1, Math.ceil(total / rowsPerPage));
}

/** `page`, brought within 1…`pages`. */
export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(1, page), pages);
}

/** The page a move leads to from `page`; never past the first or the last one. */
export function pageAfterMove(page: number, move: PageMove, pages: number): number {
  const target = { first: 1, previous: page - 1, next: page + 1, last: pages }[move];
  return clampPage(target, pages);
}

/** After a change of page size, the page that shows the row that was first on `page`. */
export function pageAfterResize(page: number, rowsPerPage: number, newRowsPerPage: number): number {
  const firstRow = (page - 1) * rowsPerPage;
  return Math.floor(firstRow / newRowsPerPage) + 1;
}

/** The rows `page` shows, as indexes into the list: from `start` up to, not including, `end`. */
export function pageRows(page: number, rowsPerPage: number, total: number): { start: number; end: number } {
  const start = (page - 1) * rowsPerPage;
  return { start, end: Math.min(total, start + rowsPerPage) };
}

/** Paging is offered only once the list is longer than the smallest page (and than the page asked for). */
export function needsPaging(total: number, rowsPerPage: number): boolean {
  return total > Math.min(PAGE_SIZES[0], rowsPerPage);
}

/** The page sizes to offer: the usual ones, with the host's own size in its place when it is another. */
export function pageSizeChoices(rowsPerPage: number): number[] {
  return (PAGE_SIZES as readonly number[]).includes(rowsPerPage)
    ? [...PAGE_SIZES]
    : [...PAGE_SIZES, rowsPerPage].sort((left, right) => left - right);
}
