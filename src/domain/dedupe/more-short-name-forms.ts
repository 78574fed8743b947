// More short forms of given names as reps write the person they know ("Alex Garza" on
// one card, "Lic. Alejandro Garza" on the other; "Mizan bhai" for Mizanur Rahman): a short form stands for several full
// names, so, as in short-name-forms.ts (which takes these in), it agrees with any of them and is never folded into one.
// Data only; compared by similarity.ts, never in a stored key.
export const MORE_SHORT_NAME_FORMS: readonly string[][] = [
  ['Alejandro', 'Alex'], ['Alejandra', 'Alex'], ['Alexandre', 'Alex'], ['Alessandro', 'Alex', 'Sandro'],
  ['Francisco', 'Paco', 'Pancho'], ['Guillermo', 'Memo'], ['Eduardo', 'Lalo'], ['Fernando', 'Nando'],
  ['Roberto', 'Beto'], ['Alberto', 'Beto'], ['Ignacio', 'Nacho'], ['Rafael', 'Rafa'],
  // Bengali and Urdu names cut to their first part ("Mizan" Mizanur, "Hafiz" Hafizur, "Habib" Habibur, "Mahbub" Mahbubur)
  ['Mizanur', 'Mizan'], ['Hafizur', 'Hafiz'], ['Habibur', 'Habib'], ['Mahbubur', 'Mahbub'], ['Mostafizur', 'Mostafiz'], ['Anisur', 'Anis'],
  ['Shafiqur', 'Shafiq'], ['Aminur', 'Amin'],
];
