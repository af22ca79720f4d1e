import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';

/** `YYYY-MM-DD`, kept as a string end to end (PostgreSQL `date` in string mode). */
export const DateScalar = new GraphQLScalarType({ ...GraphQLLocalDate.toConfig(), name: 'Date' });

export const DateTimeScalar = GraphQLDateTime;
