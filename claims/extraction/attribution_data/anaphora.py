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
