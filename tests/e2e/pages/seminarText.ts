/** A short reading for fresh rooms: every sentence occurs once, so a quote finds one passage. */
export const seminarParagraphs = [
  'The library should stay open at night. Students who work during the day have no other quiet place to read.',
  'A survey of two hundred students found that most of them study after nine in the evening. Night staff would cost the university less than a new reading room.',
  'Opening at night would drain the budget for new books. Some say the buildings are unsafe after dark.',
] as const
