import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  clampPage,
  countPages,
  needsPaging,
  pageAfterMove,
  pageAfterResize,
  pageRows,
  pageSizeChoices,
  rowsPerPageOf,
  type PageMove,
} from '../../src/state/paging.js';

describe('paging: rowsPerPageOf', () => {
  it('takes an integer from 1 to 500, as a number or as text', () => {
    expect(rowsPerPageOf(25)).to.equal(25);
    expect(rowsPerPageOf('10')).to.equal(10);
    expect(rowsPerPageOf(1)).to.equal(1);
    expect(rowsPerPageOf(5000)).to.equal(500);
  });

  it('means the default for anything else', () => {
    for (const value of [0, -3, 2.5, Number.NaN, '', ' ', 'ten', true, null, undefined, Symbol('x'), {}]) {
      expect(rowsPerPageOf(value), String(typeof value)).to.equal(DEFAULT_PAGE_SIZE);
    }
  });
});

describe('paging: pages and rows', () => {
  it('counts at least one page', () => {
    expect(countPages(0, 50)).to.equal(1);
    expect(countPages(50, 50)).to.equal(1);
    expect(countPages(51, 50)).to.equal(2);
  });

  it('moves to the first, previous, next and last page, never past the ends', () => {
    const moves: Array<[PageMove, number]> = [
      ['first', 1],
      ['previous', 2],
      ['next', 4],
      ['last', 5],
    ];
    for (const [move, page] of moves) expect(pageAfterMove(3, move, 5), move).to.equal(page);
    expect(pageAfterMove(1, 'previous', 5)).to.equal(1);
    expect(pageAfterMove(5, 'next', 5)).to.equal(5);
    expect(clampPage(9, 4)).to.equal(4);
    expect(clampPage(0, 4)).to.equal(1);
  });

  it('shows the rows of the page, the last one possibly shorter', () => {
    expect(pageRows(1, 25, 60)).to.deep.equal({ start: 0, end: 25 });
    expect(pageRows(3, 25, 60)).to.deep.equal({ start: 50, end: 60 });
  });

  it('keeps the first row shown in view when the page size changes', () => {
    // Page 3 of 25 starts at row 51: with 50 a page, that row is on page 2.
    expect(pageAfterResize(3, 25, 50)).to.equal(2);
    expect(pageAfterResize(2, 50, 25)).to.equal(3);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(...PAGE_SIZES),
        fc.constantFrom(...PAGE_SIZES),
        (page, before, after) => {
          const firstRow = pageRows(page, before, Number.MAX_SAFE_INTEGER).start;
          const { start, end } = pageRows(pageAfterResize(page, before, after), after, Number.MAX_SAFE_INTEGER);
          expect(firstRow >= start && firstRow < end).to.equal(true);
        },
      ),
    );
  });

  it('offers paging only past the smallest page, and the host’s own size among the usual ones', () => {
    expect(needsPaging(25, 50)).to.equal(false);
    expect(needsPaging(26, 50)).to.equal(true);
    expect(needsPaging(11, 10)).to.equal(true);
    expect(pageSizeChoices(50)).to.deep.equal([25, 50, 100]);
    expect(pageSizeChoices(10)).to.deep.equal([10, 25, 50, 100]);
    expect(pageSizeChoices(200)).to.deep.equal([25, 50, 100, 200]);
  });
});
