/**
 * Given names in the common romanisations (Library of Congress, popular English, German) and a few Western names
 * of the period's politics and scholarship. A capitalised word after one of these (or after initials) is taken as a
 * surname even when no authority lists it. Words that are also common English words or months are left out.
 */
export const GIVEN_NAMES: readonly string[] = `
Lev Leon Iosif Josef Joseph Iosef Grigory Grigorii Grigorij Nikolai Nikolay Nicholas Aleksei Alexei Alexey Aleksey
Mikhail Michael Vyacheslav Viacheslav Felix Feliks Nadezhda Valerian Yevgeny Yevgeni Yevgenii Evgenii Evgeny Georgy
Georgii Georgi Sergo Sergei Sergey Christian Khristian Karl Friedrich Frederick Yakov Iakov Moisei Maxim Maksim
Genrikh Adolf Adolph Alexander Aleksandr Alexandr Vladimir Ivan Iurii Yuri Yurii Yury Isaac Edward Emelian Yemelyan
Lazar Anastas Kliment Leonid Pyotr Petr Boris Maria Mariia Lidia Lidiia Alexandra Aleksandra Gavril Gavriil Timofei
Heinrich Ernst Ruth Gustav Julius Yuli Iulii Dmitry Dmitrii Solomon Otto Andrei Andrey Rosa Clara Natalia Nataliia
Natalya Fyodor Fedor Victor Viktor Robert Stephen Pierre Vadim Lars Oleg Lyudmila Liudmila Barbara Vasily Vasilii
Semyon Semen Konstantin Pavel Paul Nikita Ilya Ilia Anatoly Anatolii Valentin Arkady Arkadii Arkadi Yan Jan Ian Avel
Martemyan Martemian Panteleimon Kirill Osip Efim Yefim Matvei Olga Anna Elena Yelena Sofia Sofya Ekaterina Yekaterina
Tatiana Irina Inessa Larisa Polina Evgenia Yevgenia Max James John George William Henry Harry Arthur Stanley Benito
Jozef Józef Raymond Amadeo Palmiro Emmanuel Henri Ramsay Ramsey Antonio Heinz Walter Albert Vagarshak Ivar Lesley
Leslie Alexis Peter Wilhelm Edouard Édouard Michal Michael Thomas Richard Charles David Daniel Samuel Simon Abram Aron Ilich Ilyich Mariya Nadia Grisha
Sasha Misha Volodia Kolia Nikolaj Wladimir Leo Lew Iosif Osip Yosif Rukhulla Demian Demyan
`
  .split(/\s+/)
  .filter((name) => name !== '')

const PATRONYMIC = /\p{Ll}(?:ovich|evich|ich|ovna|evna|ichna|inichna|ogly|oglu)$/u

/**
 * Whether a capitalised word has the shape of a Russian patronymic ("Ivanovich", "Ilinichna", "Ali ogly").
 * @example isPatronymic('Davidovich') // true
 */
export function isPatronymic(word: string): boolean {
  return /^\p{Lu}/u.test(word) && PATRONYMIC.test(word)
}
