import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';

/** `YYYY-MM-DD`, kept as a string end to end (PostgreSQL `date` in string mode). */
export const DateScalar = new GraphQLScalarType({ ...GraphQLLocalDate.toConfig(), name: 'Date' });

/** An instant, ISO 8601 with its offset. */
export const DateTimeScalar = GraphQLDateTime;

/** The scalars every subgraph declares, to spread into its resolver map. */
export const scalars = { Date: DateScalar, DateTime: DateTimeScalar };
