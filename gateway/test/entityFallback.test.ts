import { describe, expect, it } from 'vitest';
import { nulledEntities } from '../src/entityFallback';

describe('the answer of a failed entity fetch', () => {
  it('returns each representation with the fields asked of its type set to null', () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Subject { rating { grade score } r2: ratingHistory { grade } __typename } ... on Listing { ...L } } }
      fragment L on Listing { subject { id } }`;
    expect(
      nulledEntities(query, { representations: [{ __typename: 'Subject', id: '1' }, { __typename: 'Listing', id: '2' }, { __typename: 'Subject', id: '3' }] }),
    ).toEqual([
      { __typename: 'Subject', rating: null, r2: null },
      { __typename: 'Listing', subject: null },
      { __typename: 'Subject', rating: null, r2: null },
    ]);
  });

  it('leaves other operations alone', () => {
    expect(nulledEntities('{ subject(id: "1") { id } }', {})).toBeNull();
    expect(nulledEntities('query { _entities(representations: []) { __typename } }', undefined)).toBeNull();
    expect(nulledEntities('not graphql', { representations: [] })).toBeNull();
  });
});
