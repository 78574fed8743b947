import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
for (const p of ['+234 1 234 5678','+234 1 2345678','+234 803 123 4567','+234 9 876 5432','+2341234567']) {
  const x = parsePhoneNumberFromString(p)!; console.log(p, x?.nationalNumber, x?.isPossible(), x?.isValid(), validatePhoneNumberLength(p));
}
