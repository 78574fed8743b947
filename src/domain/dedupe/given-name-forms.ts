// One given name in the forms of neighbouring languages: a Kyiv buyer is "Olena" on a Ukrainian card and "Elena" on a
// Russian one, a Minsk buyer "Siarhei" and "Sergei", a Greek one "Yiannis" and "Ioannis". No spelling rule joins these
// (O/E, Hr/Gr, Mykola/Nikolai differ in more than letters): each line is one name, its common form first. Only forms of
// one name, never pet names ("Sasha", "Kostas"), which stand for several. Data only; similarity.ts folds by it.

export const GIVEN_NAME_FORMS: readonly string[][] = [
  ['Elena', 'Olena', 'Alena', 'Yelena', 'Jelena', 'Ielena'],
  ['Aleksandr', 'Oleksandr', 'Aliaksandr', 'Alyaksandr', 'Alexandr', 'Alexander', 'Aleksander'],
  ['Aleksandra', 'Oleksandra', 'Aliaksandra', 'Alexandra'],
  ['Aleksei', 'Oleksii', 'Oleksiy', 'Aliaksei', 'Alexey', 'Aleksey', 'Alexei'],
  ['Nikolai', 'Mykola', 'Mikalai', 'Nikolay'],
  ['Vladimir', 'Volodymyr', 'Uladzimir'],
  ['Sergei', 'Serhii', 'Serhiy', 'Siarhei', 'Sergey', 'Sergiy'],
  ['Andrei', 'Andrii', 'Andriy', 'Andrey'],
  ['Dmitri', 'Dmytro', 'Dzmitry', 'Dmitry', 'Dmitriy'],
  ['Petr', 'Petro', 'Pyotr', 'Piotr', 'Piatro'],
  ['Pavel', 'Pavlo', 'Paval'],
  ['Mikhail', 'Mykhailo', 'Mykhaylo', 'Mikhailo'],
  ['Anna', 'Hanna', 'Ganna'],
  ['Tatiana', 'Tetiana', 'Tetyana', 'Tatsiana', 'Tatyana'],
  ['Ekaterina', 'Kateryna', 'Katsiaryna', 'Yekaterina'],
  ['Vasily', 'Vasyl', 'Vasil', 'Vasili', 'Vasiliy'],
  ['Galina', 'Halyna', 'Galyna'],
  ['Grigory', 'Hryhorii', 'Hryhoriy', 'Ryhor', 'Grigoriy'],
  ['Bogdan', 'Bohdan', 'Bahdan'],
  ['Igor', 'Ihor'],
  ['Oleg', 'Oleh', 'Aleh'],
  ['Olga', 'Olha', 'Volha'],
  ['Evgeny', 'Yevhen', 'Yevgeny', 'Yevgeniy', 'Evgeniy', 'Yauhen', 'Ievgen', 'Evgen'],
  ['Evgenia', 'Yevheniia', 'Yevgenia', 'Evgeniya', 'Yauhenia'],
  ['Georgy', 'Heorhii', 'Heorhiy', 'Georgiy', 'Georgi'],
  ['Svetlana', 'Svitlana', 'Sviatlana'],
  ['Kirill', 'Kyrylo'],
  ['Fedor', 'Fyodor', 'Fedir'],
  ['Nadezhda', 'Nadiia', 'Nadiya', 'Nadzeya'],
  ['Ioannis', 'Yiannis', 'Giannis', 'Yannis'],
  ['Georgios', 'Giorgos', 'Yiorgos', 'Yorgos'],
  ['Dimitrios', 'Dimitris'],
];
