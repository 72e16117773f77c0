import { configure } from '@testing-library/react';

// The web tests run beside three server suites on two cores in CI; the first render of a page that loads
// its lazy chunks took longer than testing-library's default 1 s wait for `findBy…` there (stop 14: the
// module-kit menu). Five seconds is still far under the 30 s test timeout, and a missing element still fails.
configure({ asyncUtilTimeout: 5000 });
