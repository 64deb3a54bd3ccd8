"""Tables for the anaphora resolver (round 9): what a pronoun or a bare descriptor says about
the speaker it refers to, per language.

English has no case or gender endings on names, so who a name is — a person or a body — and
which pronoun can refer to it come from the words around it: a title before the name ("Dr",
"Ms"), a person noun in the apposition after it (", a spokeswoman for …", ", the
toxicologist who …"), and the gender those words carry.
"""

from __future__ import annotations

# Subject pronouns of a speaker and the gender they require.
EN_PRONOUNS = {"he": "m", "she": "f"}

# Words before or in the apposition after a name that make it a person, with the gender
# they give it ("" = a person of either gender).
EN_PERSON_WORDS = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "councilwoman": "f",
    "councilman": "m",
    "congresswoman": "f",
    "congressman": "m",
    "father": "m",
    "mother": "f",
    "widow": "f",
    "grandmother": "f",
    "grandfather": "m",
    "daughter": "f",
    "son": "m",
    "wife": "f",
    "husband": "m",
    "nun": "f",
    "priest": "m",
    "actress": "f",
    "waitress": "f",
    "spokesperson": "",
    "chairperson": "",
    "dr": "",
    "prof": "",
    "professor": "",
    "doctor": "",
    "lecturer": "",
    "surgeon": "",
    "physician": "",
    "nurse": "",
    "lawyer": "",
    "attorney": "",
    "prosecutor": "",
    "judge": "",
    "farmer": "",
    "resident": "",
    "owner": "",
    "director": "",
    "manager": "",
    "head": "",
    "official": "",
    "officer": "",
    "author": "",
    "co-author": "",
    "teacher": "",
    "student": "",
    "worker": "",
    "engineer": "",
    "mayor": "",
    "minister": "",
    "secretary": "",
    "deputy": "",
}

# Endings of person nouns the table does not list ("epidemiologist", "historian",
# "campaigner", "fisherwoman").
EN_PERSON_ENDINGS = (("woman", "f"), ("man", "m"), ("ist", ""), ("ian", ""), ("person", ""))

# Round 14: a short sentence that names the source of the sentence before it ("Об этом
# сообщила пресс-служба суда.", "Про це повідомила обласна прокуратура.", "Повідомила про
# це поліція.", "Такие данные приводит Росстат."). The phrases may stand among the first
# words; the demonstratives open the sentence.
BACK_REFERENCE_PHRASES: dict[str, tuple[str, ...]] = {
    "ru": ("об этом", "о том же", "об этом же"),
    "uk": ("про це", "про це ж", "про таке"),
    "be": ("пра гэта", "аб гэтым"),
    "pl": ("o tym",),
}
BACK_REFERENCE_DEMONSTRATIVES: dict[str, tuple[str, ...]] = {
    "ru": ("это", "эти", "эту", "такие", "такое", "такой", "такая", "такую", "такого"),
    "uk": ("це", "ці", "цю", "такі", "таке", "такий", "така", "таку", "такого"),
    "be": ("гэта", "гэтыя", "гэтую", "такія", "такое", "такі", "такая", "такую"),
    "pl": ("te", "takie", "taki", "taka", "tę"),
}
