/** Bulgarian phonetic layout (the one most people in Bulgaria know from their phones) and Latin QWERTY. */
export type LayoutName = 'cyrillic' | 'latin';

export const LAYOUTS: Record<LayoutName, string[][]> = {
  cyrillic: [
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    ['ч', 'я', 'в', 'е', 'р', 'т', 'ъ', 'у', 'и', 'о', 'п', 'ш', 'щ'],
    ['а', 'с', 'д', 'ф', 'г', 'х', 'й', 'к', 'л', 'ю'],
    ['з', 'ь', 'ц', 'ж', 'б', 'н', 'м'],
  ],
  latin: [
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
    ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
    ['z', 'x', 'c', 'v', 'b', 'n', 'm'],
  ],
};
