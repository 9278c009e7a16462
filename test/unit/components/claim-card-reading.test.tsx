// @vitest-environment happy-dom
// Issue 14.5: the card says which citations came from the user's own reading, and when.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { ClaimCard } from '../../../components/ClaimCard';
import type { AnnotatedClaim } from '../../../utils/claim';

afterEach(cleanup);

it('marks a learned citation "from your reading" with the day read, and no other', () => {
  const claim = {
    id: 'c1',
    kind: 'statistic',
    text: '11%',
    start: 0,
    end: 3,
    value: 11,
    unit: 'percent',
    hedge: null,
    source: null,
    subject: 'Contoso',
    measure: 'layoffs',
    verdict: 'corroborated',
    citations: [
      {
        publisher: 'harbor.example',
        url: 'https://harbor.example/a',
        published: null,
        claim: 'Contoso layoffs: 11%',
        read: '2026-03-02',
      },
      {
        publisher: 'Fabrikam Wire',
        url: 'https://fabrikam.example/b',
        published: '2026-03-01',
        claim: 'Contoso cuts 11%',
      },
    ],
    conflicts: [],
    reason: '',
  } as AnnotatedClaim;
  const { container } = render(<ClaimCard claim={claim} />);
  const items = [...container.querySelectorAll('.citations li')].map((li) => li.textContent);
  expect(items[0]).toContain('from your reading, 2026-03-02');
  expect(items[1]).not.toContain('from your reading');
});
