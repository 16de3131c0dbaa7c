/** Test people of the local IdP. The ЕГН and ЕИК are the valid examples of domain.md §4 — not real people. */
export interface TestPerson {
  key: string;
  /** eAuth's personIdentifier: PNOBG-<ЕГН> or NTRBG-<ЕИК>. */
  personIdentifier: string;
  personName: string;
  email?: string;
}

export const TEST_PEOPLE: readonly TestPerson[] = [
  {
    key: 'ivanova',
    personIdentifier: 'PNOBG-8032056031',
    personName: 'МАРИЯ ГЕОРГИЕВА ИВАНОВА',
    email: 'maria.ivanova@example.test',
  },
  {
    key: 'petrov',
    personIdentifier: 'PNOBG-7523169263',
    personName: 'ПЕТЪР ИВАНОВ ПЕТРОВ',
  },
  {
    key: 'company',
    personIdentifier: 'NTRBG-175074752',
    personName: 'ТЕСТОВА ФИРМА ЕООД',
    email: 'office@example.test',
  },
];

export function findTestPerson(key: unknown): TestPerson | undefined {
  return TEST_PEOPLE.find((p) => p.key === key);
}
