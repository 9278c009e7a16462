// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard, safeHref } from '../../../components/ClaimCard';
import { conflictText } from '../../../utils/match/reason';
import type { AnnotatedClaim } from '../../../utils/claim';

afterEach(cleanup);

const statistic = (over: Partial<AnnotatedClaim> = {}): AnnotatedClaim =>
  ({
    id: 'c1',
    kind: 'statistic',
    text: '12%',
    start: 10,
    end: 13,
    value: 12,
    unit: 'percent',
    hedge: null,
    source: 'Northwind Daily',
    subject: 'Contoso',
    measure: 'layoffs',
    verdict: 'corroborated',
    citations: [
      {
        publisher: 'Northwind Daily',
        url: 'https://northwind.example/contoso-cuts',
        published: '2025-02-03',
        claim: 'Contoso to cut 12% of staff',
      },
      {
        publisher: 'Fabrikam Wire',
        url: 'http://fabrikam.example/contoso',
        published: null,
        claim: 'Contoso trims workforce by 12%',
      },
    ],
    conflicts: [],
    reason: 'Backed by Northwind Daily and Fabrikam Wire.',
    ...over,
  }) as AnnotatedClaim;

describe('ClaimCard', () => {
  it('shows verdict, claim, source, citations and reason in a labelled dialog', () => {
    const { getByRole, container } = render(<ClaimCard claim={statistic()} headingId="h1" />);
    const dialog = getByRole('dialog');
    expect(dialog.getAttribute('aria-labelledby')).toBe('h1');
    expect(container.querySelector('#h1')?.textContent).toBe('Corroborated by 2 publishers');
    const text = dialog.textContent ?? '';
    expect(text).toContain('12%');
    expect(text).toContain('Attributed to Northwind Daily');
    expect(text).toContain('Fabrikam Wire');
    expect(text).toContain('2025-02-03');
    expect(text).toContain('Backed by Northwind Daily and Fabrikam Wire.');
    const links = dialog.querySelectorAll('a');
    expect(links).toHaveLength(2);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(links[0]?.getAttribute('href')).toBe('https://northwind.example/contoso-cuts');
  });

  it('renders hostile text literally, never as HTML', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const { container } = render(
      <ClaimCard
        claim={statistic({
          text: evil,
          source: '<b>bold</b>',
          reason: '<script>x()</script>',
          citations: [{ publisher: '<i>P</i>', url: null, published: null, claim: evil }],
        } as Partial<AnnotatedClaim>)}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('i')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain(evil);
    expect(container.textContent).toContain('<b>bold</b>');
  });

  it('links only http(s) URLs', () => {
    const { container } = render(
      <ClaimCard
        claim={statistic({
          verdict: 'single-sourced',
          citations: [
            { publisher: 'Bad', url: 'javascript:alert(1)', published: null, claim: 'x' },
            { publisher: 'Data', url: 'data:text/html,hi', published: null, claim: 'y' },
            { publisher: 'Rel', url: '/relative', published: null, claim: 'z' },
          ],
        })}
      />,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('Bad');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHref('https://ok.example/a?b=1')).toBe('https://ok.example/a?b=1');
    expect(safeHref(null)).toBeNull();
  });

  it('warns about conflicting figures and shows fact-check ratings', () => {
    const { container } = render(
      <ClaimCard
        claim={statistic({
          verdict: 'unverifiable',
          citations: [
            {
              publisher: 'CheckDesk',
              url: 'https://checkdesk.example/r/1',
              published: '2024-11-01',
              claim: 'Contoso cut half its staff',
              rating: 'False',
            },
          ],
          conflicts: [
            {
              publisher: 'a tracker',
              url: null,
              published: null,
              claim: 'Contoso layoffs',
              value: 700,
              unit: 'count',
            },
          ],
        })}
      />,
    );
    const text = container.textContent ?? '';
    expect(text).toContain('Conflicting figure: a tracker lists 700');
    expect(text).toContain('Rated False by CheckDesk');
    expect(text).toContain('Unverifiable');
  });

  it('says what is wrong in a sentence before any list, each line with its date and period', () => {
    const { container } = render(
      <ClaimCard
        claim={statistic({
          verdict: 'unverifiable',
          citations: [],
          period: {
            text: 'in January 2025',
            start: '2025-01-01',
            end: '2025-01-31',
            grain: 'month',
            how: 'explicit',
          },
          conflicts: [
            {
              publisher: 'Northwind Daily',
              url: 'https://northwind.example/contoso-2026',
              published: '2026-01-27',
              claim: 'Contoso to cut 12% of staff',
              value: 12,
              unit: 'percent',
              period: '2026-01',
              kind: 'period',
            },
            {
              publisher: 'Fabrikam Wire',
              url: null,
              published: '2025-01-20',
              claim: 'Contoso trims 4% of jobs',
              value: 4,
              unit: 'percent',
              period: '2025-01',
              kind: 'value',
            },
          ],
          reason: 'Backed by Northwind Daily for January 2026 — this article dates it January 2025',
        } as Partial<AnnotatedClaim>)}
      />,
    );
    const card = container.querySelector('.card');
    const paragraphs = [...(card?.querySelectorAll('p') ?? [])].map((p) => p.textContent);
    expect(paragraphs[0]).toBe(
      'Backed by Northwind Daily for January 2026 — this article dates it January 2025',
    );
    const lines = [...(card?.querySelectorAll('.conflict') ?? [])].map((p) => p.textContent);
    expect(lines).toEqual([
      '⚠ Same figure, another time: Northwind Daily reported 12% · published 2026-01-27 · for January 2026',
      '⚠ Another figure for the time: Fabrikam Wire reports 4% · published 2025-01-20 · for January 2025',
    ]);
  });

  it('names a source claim and offers a close button', () => {
    const onClose = vi.fn();
    const { getByRole, container } = render(
      <ClaimCard
        claim={{
          id: 'c2',
          kind: 'source',
          text: 'Northwind Daily',
          start: 0,
          end: 15,
          verdict: 'unverifiable',
          citations: [],
          conflicts: [],
          reason: 'No citation in your store.',
        }}
        theme="dark"
        onClose={onClose}
      />,
    );
    expect(container.textContent).toContain('Named source');
    expect(container.querySelector('.card')?.getAttribute('data-theme')).toBe('dark');
    fireEvent.click(getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('names a fact-checker’s rating in place of a conflicting figure', () => {
    expect(
      conflictText({
        publisher: 'CheckDesk',
        url: 'https://checkdesk.example/r/1',
        published: null,
        claim: 'Ostrava Labs laid off 40% of its staff',
        rating: 'False',
        value: 40,
        unit: 'percent',
      }),
    ).toBe('Rated False by CheckDesk: “Ostrava Labs laid off 40% of its staff”');
  });

  it('names a conflicting figure the way articles write it', () => {
    expect(
      conflictText({
        publisher: 'Ledger',
        url: null,
        published: null,
        claim: '',
        value: 2e6,
        unit: 'eur',
      }),
    ).toBe('Conflicting figure: Ledger lists €2 million');
  });
});
