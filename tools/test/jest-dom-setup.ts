import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Routes load lazily (each page its own chunk): a findBy… waits for the page's module as well as its data, which on a
// busy 2-core machine takes longer than Testing Library's default 1 s.
configure({ asyncUtilTimeout: 10_000 });
