# Tables and timelines in English show ISO dates, as the desk writes them (Django's English
# short formats are the US month/day/year, easy to misread in an international newsroom).
SHORT_DATE_FORMAT = "Y-m-d"
SHORT_DATETIME_FORMAT = "Y-m-d H:i"
