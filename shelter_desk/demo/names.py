"""Name material for the synthetic demo. Invented combinations of common given names and
surnames; any resemblance to a real person is chance. Some carry the name in the person's own
script (Cyrillic, Arabic, Ge'ez, Devanagari, Thai), as counsellors record it; reports draw each
in a shipped font that has its letters (tests/unit/test_fonts.py checks every one)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    country: str
    weight: int  # relative share of clients (roughly the shelters' recent intake)
    languages: tuple[str, ...]
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    # (Latin form, own-script form) pairs used as aliases for some clients
    scripts: tuple[tuple[str, str], ...] = ()
    sexual_share: float = 0.4  # share of sexual exploitation among this group's cases
    loverboy_share: float = 0.0


ORIGINS: tuple[Origin, ...] = (
    Origin("MA", 12, ("ar", "fr"), ("Fatima", "Khadija", "Salma", "Imane", "Nadia"),
           ("Youssef", "Hamza", "Mohamed", "Karim", "Anouar"),
           ("Benali", "El Amrani", "Bouzid", "Haddad", "Ziani"),
           (("Fatima Benali", "فاطمة بنعلي"), ("Youssef El Amrani", "يوسف العمراني"),
            ("Salma Haddad", "سلمى حداد"), ("Karim Bouzid", "كريم بوزيد")), 0.2),
    Origin("NG", 11, ("en",), ("Blessing", "Joy", "Precious", "Faith", "Gift"),
           ("Emeka", "Chinedu", "Osas", "Tunde", "Samuel"),
           ("Okafor", "Osagie", "Eze", "Adeyemi", "Igbinedion"), (), 0.85),
    Origin("RO", 10, ("ro",), ("Ioana", "Andreea", "Elena", "Mihaela", "Alina"),
           ("Andrei", "Ionuț", "Florin", "Gheorghe", "Marius"),
           ("Popescu", "Ionescu", "Stănescu", "Dumitrescu", "Țurcanu"), (), 0.55, 0.3),
    Origin("BG", 8, ("bg",), ("Maria", "Desislava", "Petya", "Gergana", "Tsvetelina"),
           ("Georgi", "Dimitar", "Ivan", "Stoyan", "Nikolay"),
           ("Ivanova", "Petrova", "Dimitrova", "Georgieva", "Stoyanov"),
           (("Maria Ivanova", "Мария Иванова"), ("Georgi Petrov", "Георги Петров"),
            ("Desislava Dimitrova", "Десислава Димитрова")), 0.6, 0.3),
    Origin("BR", 6, ("pt",), ("Ana", "Juliana", "Larissa", "Camila", "Fernanda"),
           ("João", "Lucas", "Rafael", "Thiago", "Gabriel"),
           ("da Silva", "Santos", "Oliveira", "Conceição", "Araújo"), (), 0.35),
    Origin("AL", 5, ("sq",), ("Elira", "Mirela", "Arta", "Besa", "Dorina"),
           ("Arben", "Ermal", "Gëzim", "Besnik", "Fatos"),
           ("Hoxha", "Shehu", "Krasniqi", "Dervishi", "Çela"), (), 0.5, 0.2),
    Origin("CN", 5, ("zh",), ("Li Na", "Wang Fang", "Zhang Wei", "Liu Yan", "Chen Jing"),
           ("Wang Lei", "Li Qiang", "Zhang Yong", "Liu Bo", "Chen Gang"),
           ("Wang", "Li", "Zhang", "Liu", "Chen"), (), 0.3),
    Origin("VN", 5, ("vi",), ("Nguyễn Thị Lan", "Trần Thị Hoa", "Phạm Thị Mai"),
           ("Nguyễn Văn Minh", "Trần Văn Hùng", "Lê Văn Tuấn"),
           ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"), (), 0.15),
    Origin("IN", 4, ("hi", "pa"), ("Priya", "Sunita", "Kavita"),
           ("Rajesh", "Gurpreet", "Sandeep", "Harjit"),
           ("Singh", "Kaur", "Sharma", "Patel"),
           (("Priya Sharma", "प्रिया शर्मा"), ("Sandeep Singh", "संदीप सिंह")), 0.05),
    Origin("UA", 5, ("uk", "ru"), ("Olena", "Iryna", "Kateryna", "Oksana", "Natalia"),
           ("Oleksandr", "Andriy", "Serhiy", "Dmytro", "Mykola"),
           ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko"),
           (("Olena Shevchenko", "Олена Шевченко"), ("Andriy Kovalenko", "Андрій Коваленко"),
            ("Iryna Bondarenko", "Ірина Бондаренко")), 0.3),
    Origin("BE", 5, ("nl", "fr"), ("Laura", "Emma", "Sarah", "Julie", "Lotte"),
           ("Kevin", "Thomas", "Jens", "Maxime", "Dylan"),
           ("Peeters", "Janssens", "Dubois", "Lambert", "Maes"), (), 0.8, 0.7),
    Origin("ER", 4, ("ti", "ar"), ("Semhar", "Helen", "Luwam", "Senait"),
           ("Yonas", "Dawit", "Samson", "Filmon"),
           ("Tesfay", "Berhane", "Gebremariam", "Haile"),
           (("Semhar Tesfay", "ሰምሃር ተስፋይ"), ("Yonas Berhane", "ዮናስ በርሀነ"),
            ("Luwam Haile", "ሉዋም ሃይለ"), ("Dawit Gebremariam", "ዳዊት ገብረማርያም")), 0.2),
    Origin("PH", 3, ("tl", "en"), ("Maricel", "Rosalie", "Jennifer", "Analyn"),
           ("Jomar", "Reynaldo", "Arnel"),
           ("Santos", "Reyes", "Dela Cruz", "Bautista"), (), 0.1),
    Origin("TH", 3, ("th",), ("Somchai", "Ploy", "Nok", "Kanya"),
           ("Anan", "Somsak", "Prasert"),
           ("Saetang", "Srisuk", "Wongsa", "Chaiyaporn"),
           (("Somchai Saetang", "สมชาย แซ่ตั้ง"), ("Kanya Srisuk", "กันยา ศรีสุข")), 0.6),
    Origin("SY", 3, ("ar",), ("Rania", "Lina", "Hala", "Reem"),
           ("Omar", "Ahmad", "Khaled", "Bilal"),
           ("Al-Hassan", "Khalil", "Nasser", "Darwish"),
           (("Rania Khalil", "رانيا خليل"), ("Omar Nasser", "عمر ناصر"),
            ("Lina Darwish", "لينا درويش")), 0.25),
    Origin("EG", 3, ("ar",), ("Mona", "Yasmin", "Heba"),
           ("Mahmoud", "Mostafa", "Tarek", "Sherif"),
           ("Abdelrahman", "Mansour", "Saleh", "Farouk"),
           (("Mahmoud Mansour", "محمود منصور"), ("Yasmin Saleh", "ياسمين صالح")), 0.1),
    Origin("HU", 2, ("hu",), ("Anikó", "Zsófia", "Réka"), ("Gábor", "László", "Zoltán"),
           ("Nagy", "Kovács", "Szabó", "Horváth"), (), 0.6, 0.3),
    Origin("TR", 2, ("tr",), ("Ayşe", "Elif", "Zeynep"), ("Mehmet", "Mustafa", "Emre"),
           ("Yılmaz", "Kaya", "Demir", "Şahin"), (), 0.3),
    Origin("PK", 2, ("ur", "pa"), ("Ayesha", "Sana"), ("Imran", "Bilal", "Asif", "Tariq"),
           ("Khan", "Ahmed", "Hussain", "Iqbal"), (), 0.05),
)

DISTRICTS = {
    "PAY": ("Antwerpen", "Mechelen", "Turnhout", "Gent", "Limburg"),
    "PAG": ("Bruxelles", "Brussel", "Halle-Vilvoorde", "Leuven", "Brabant wallon"),
    "SUR": ("Liège", "Namur", "Charleroi", "Verviers", "Luxembourg"),
}
@dataclass(frozen=True)
class Courts:
    """Where a district's cases are heard, named as a summons names them."""

    correctional: str
    council_chamber: str
    appeal: str


COURTS = {
    "Antwerpen": Courts("Correctionele rechtbank Antwerpen, afdeling Antwerpen",
                        "Raadkamer Antwerpen", "Hof van beroep Antwerpen"),
    "Mechelen": Courts("Correctionele rechtbank Antwerpen, afdeling Mechelen",
                       "Raadkamer Antwerpen, afdeling Mechelen", "Hof van beroep Antwerpen"),
    "Turnhout": Courts("Correctionele rechtbank Antwerpen, afdeling Turnhout",
                       "Raadkamer Antwerpen, afdeling Turnhout", "Hof van beroep Antwerpen"),
    "Gent": Courts("Correctionele rechtbank Oost-Vlaanderen, afdeling Gent",
                   "Raadkamer Oost-Vlaanderen, afdeling Gent", "Hof van beroep Gent"),
    "Limburg": Courts("Correctionele rechtbank Limburg, afdeling Hasselt",
                      "Raadkamer Limburg, afdeling Hasselt", "Hof van beroep Antwerpen"),
    "Bruxelles": Courts("Tribunal correctionnel de Bruxelles", "Chambre du conseil de Bruxelles",
                        "Cour d'appel de Bruxelles"),
    "Brussel": Courts("Nederlandstalige correctionele rechtbank Brussel", "Raadkamer Brussel",
                      "Hof van beroep Brussel"),
    "Halle-Vilvoorde": Courts("Nederlandstalige correctionele rechtbank Brussel",
                              "Raadkamer Brussel", "Hof van beroep Brussel"),
    "Leuven": Courts("Correctionele rechtbank Leuven", "Raadkamer Leuven",
                     "Hof van beroep Brussel"),
    "Brabant wallon": Courts("Tribunal correctionnel du Brabant wallon",
                             "Chambre du conseil du Brabant wallon", "Cour d'appel de Bruxelles"),
    "Liège": Courts("Tribunal correctionnel de Liège, division Liège",
                    "Chambre du conseil de Liège", "Cour d'appel de Liège"),
    "Namur": Courts("Tribunal correctionnel de Namur, division Namur",
                    "Chambre du conseil de Namur", "Cour d'appel de Liège"),
    "Charleroi": Courts("Tribunal correctionnel du Hainaut, division Charleroi",
                        "Chambre du conseil du Hainaut, division Charleroi",
                        "Cour d'appel de Mons"),
    "Verviers": Courts("Tribunal correctionnel de Liège, division Verviers",
                       "Chambre du conseil de Liège, division Verviers", "Cour d'appel de Liège"),
    "Luxembourg": Courts("Tribunal correctionnel du Luxembourg, division Arlon",
                         "Chambre du conseil du Luxembourg, division Arlon",
                         "Cour d'appel de Liège"),
}
