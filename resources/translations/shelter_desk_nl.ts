<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>the data folder (default: $SHELTER_DESK_DATA_DIR or the platform&apos;s user data folder)</source>
        <translation>de gegevensmap (standaard: $SHELTER_DESK_DATA_DIR of de gebruikersgegevensmap van het platform)</translation>
    </message>
    <message>
        <source>log in as this user (the password is asked for)</source>
        <translation>inloggen als deze gebruiker (het wachtwoord wordt gevraagd)</translation>
    </message>
    <message>
        <source>read passwords from standard input, one per line, instead of prompting (for scripts)</source>
        <translation>wachtwoorden van de standaardinvoer lezen, één per regel, in plaats van ernaar te vragen (voor scripts)</translation>
    </message>
    <message>
        <source>open with the recovery code instead of a user&apos;s password</source>
        <translation>openen met de herstelcode in plaats van het wachtwoord van een gebruiker</translation>
    </message>
    <message>
        <source>Case files for specialised shelters for victims of human trafficking. With no command, the desktop application opens.</source>
        <translation>Dossiers voor gespecialiseerde opvangcentra voor slachtoffers van mensenhandel. Zonder opdracht opent de desktoptoepassing.</translation>
    </message>
    <message>
        <source>Exit status: 0 ok, 1 error or unusable input, 2 usage, 3 wrong user name or password, 4 database missing or damaged, a failed check or a document that does not verify, 5 not allowed, 6 data folder read-only, 7 disk full, 8 database busy.</source>
        <translation>Afsluitstatus: 0 in orde, 1 fout of onbruikbare invoer, 2 verkeerd gebruik, 3 verkeerde gebruikersnaam of verkeerd wachtwoord, 4 databank ontbreekt of is beschadigd, een mislukte controle of een document dat niet geldig is, 5 niet toegestaan, 6 gegevensmap alleen-lezen, 7 schijf vol, 8 databank bezet.</translation>
    </message>
    <message>
        <source>check that this installation works (in a temporary folder, never touching the data) and exit: 0 when every check passed</source>
        <translation>controleren of deze installatie werkt (in een tijdelijke map, zonder de gegevens aan te raken) en stoppen: 0 als elke controle geslaagd is</translation>
    </message>
    <message>
        <source>create the database and its first director</source>
        <translation>de databank en haar eerste directeur aanmaken</translation>
    </message>
    <message>
        <source>the shelter&apos;s name ({names} or another)</source>
        <translation>de naam van het opvangcentrum ({names} of een ander)</translation>
    </message>
    <message>
        <source>the director&apos;s full name (default: the user name)</source>
        <translation>de volledige naam van de directeur (standaard: de gebruikersnaam)</translation>
    </message>
    <message>
        <source>the director&apos;s language</source>
        <translation>de taal van de directeur</translation>
    </message>
    <message>
        <source>where the shelter signs its reports (default: the known shelters&apos; cities)</source>
        <translation>waar het centrum zijn rapporten ondertekent (standaard: de stad van de gekende centra)</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and the audit trail</source>
        <translation>de integriteit van de databank en de audittrail controleren</translation>
    </message>
    <message>
        <source>also prove the audit trail still holds what a report or export recorded (its anchor)</source>
        <translation>ook aantonen dat de audittrail nog bevat wat een verslag of export vastlegde (zijn anker)</translation>
    </message>
    <message>
        <source>check the seals against this trust root (the one exported for the prosecutor&apos;s office) instead of the one in the database</source>
        <translation>controleer de zegels tegen deze vertrouwensbasis (die voor het parket werd geëxporteerd) in plaats van die in de databank</translation>
    </message>
    <message>
        <source>list, add, remove or reset accounts</source>
        <translation>accounts oplijsten, toevoegen, verwijderen of een nieuw wachtwoord geven</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>de accounts oplijsten</translation>
    </message>
    <message>
        <source>include removed accounts</source>
        <translation>ook verwijderde accounts</translation>
    </message>
    <message>
        <source>add an account (asks its password)</source>
        <translation>een account toevoegen (vraagt het wachtwoord)</translation>
    </message>
    <message>
        <source>repeat for several roles (default: counsellor)</source>
        <translation>herhalen voor meerdere rollen (standaard: counsellor)</translation>
    </message>
    <message>
        <source>remove an account and re-encrypt the database</source>
        <translation>een account verwijderen en de databank opnieuw versleutelen</translation>
    </message>
    <message>
        <source>why (kept in the audit trail)</source>
        <translation>waarom (bewaard in de audittrail)</translation>
    </message>
    <message>
        <source>set a new password for someone</source>
        <translation>een nieuw wachtwoord instellen voor iemand</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>uw eigen wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>make a new recovery code (the old one stops working)</source>
        <translation>een nieuwe herstelcode maken (de oude werkt niet meer)</translation>
    </message>
    <message>
        <source>write an encrypted backup</source>
        <translation>een versleutelde back-up schrijven</translation>
    </message>
    <message>
        <source>create a demo database of synthetic clients (never real data)</source>
        <translation>een demodatabank met fictieve cliënten aanmaken (nooit echte gegevens)</translation>
    </message>
    <message>
        <source>how many synthetic clients (default 300, at most 50000)</source>
        <translation>hoeveel fictieve cliënten (standaard 300, hoogstens 50000)</translation>
    </message>
    <message>
        <source>list clients (case codes)</source>
        <translation>cliënten oplijsten (dossiercodes)</translation>
    </message>
    <message>
        <source>case code, status and counsellor per line</source>
        <translation>dossiercode, status en begeleider per regel</translation>
    </message>
    <message>
        <source>accent- and case-insensitive search in names, aliases and case codes</source>
        <translation>zoeken in namen, aliassen en dossiercodes, ongeacht accenten en hoofdletters</translation>
    </message>
    <message>
        <source>also print names (mind who is looking)</source>
        <translation>ook namen tonen (let op wie meekijkt)</translation>
    </message>
    <message>
        <source>only clients in intake (not yet admitted), in the programme, or whose programme ended</source>
        <translation>enkel cliënten in intake (nog niet toegelaten), in het programma, of van wie het programma beëindigd is</translation>
    </message>
    <message>
        <source>only this counsellor&apos;s clients</source>
        <translation>enkel de cliënten van deze begeleider</translation>
    </message>
    <message>
        <source>only clients in this phase</source>
        <translation>enkel cliënten in deze fase</translation>
    </message>
    <message>
        <source>only clients of this nationality (ISO 3166 code, e.g. NG)</source>
        <translation>enkel cliënten met deze nationaliteit (ISO 3166-code, bv. NG)</translation>
    </message>
    <message>
        <source>only clients with this form of exploitation: %(choices)s</source>
        <translation>enkel cliënten met deze vorm van uitbuiting: %(choices)s</translation>
    </message>
    <message>
        <source>only clients with an overdue deadline</source>
        <translation>enkel cliënten met een achterstallige termijn</translation>
    </message>
    <message>
        <source>only clients taken in on or after this day</source>
        <translation>enkel cliënten met een intake op of na deze dag</translation>
    </message>
    <message>
        <source>only clients taken in on or before this day</source>
        <translation>enkel cliënten met een intake op of vóór deze dag</translation>
    </message>
    <message>
        <source>add or list a client&apos;s court dates</source>
        <translation>zittingen van een cliënt toevoegen of oplijsten</translation>
    </message>
    <message>
        <source>the client&apos;s court dates</source>
        <translation>de zittingen van de cliënt</translation>
    </message>
    <message>
        <source>add a court date to the client&apos;s judicial case</source>
        <translation>een zitting toevoegen aan het gerechtelijk dossier van de cliënt</translation>
    </message>
    <message>
        <source>Belgian local time, as on the summons</source>
        <translation>Belgische lokale tijd, zoals op de dagvaarding</translation>
    </message>
    <message>
        <source>on the night the clocks go back: before the change (summer time) or after it (winter time); asked when needed</source>
        <translation>in de nacht dat de klok een uur teruggaat: vóór de overgang (zomertijd) of erna (wintertijd); wordt gevraagd als het nodig is</translation>
    </message>
    <message>
        <source>the client must attend</source>
        <translation>de cliënt moet aanwezig zijn</translation>
    </message>
    <message>
        <source>a counsellor accompanies the client</source>
        <translation>een begeleider vergezelt de cliënt</translation>
    </message>
    <message>
        <source>interpreter arranged</source>
        <translation>tolk geregeld</translation>
    </message>
    <message>
        <source>which judicial case (default: the latest)</source>
        <translation>welk gerechtelijk dossier (standaard: het laatste)</translation>
    </message>
    <message>
        <source>list the appointments planned, or plan one</source>
        <translation>de geplande afspraken tonen, of een afspraak plannen</translation>
    </message>
    <message>
        <source>day and time, minutes, kind, case code, state and with whom, one appointment per line (no place, no note)</source>
        <translation>dag en uur, minuten, soort, dossiercode, stand en met wie, één afspraak per regel (geen plaats, geen notitie)</translation>
    </message>
    <message>
        <source>from this day (default: today)</source>
        <translation>vanaf deze dag (standaard: vandaag)</translation>
    </message>
    <message>
        <source>to this day (default: two weeks)</source>
        <translation>tot deze dag (standaard: twee weken)</translation>
    </message>
    <message>
        <source>only this client&apos;s</source>
        <translation>alleen die van deze cliënt</translation>
    </message>
    <message>
        <source>plan an appointment: a counselling session or an accompaniment</source>
        <translation>een afspraak plannen: een begeleidingsgesprek of een begeleiding</translation>
    </message>
    <message>
        <source>Brussels time, as planned</source>
        <translation>Brusselse tijd, zoals gepland</translation>
    </message>
    <message>
        <source>how long (default: 60)</source>
        <translation>hoe lang (standaard: 60)</translation>
    </message>
    <message>
        <source>the counsellor (default: you)</source>
        <translation>de begeleider (standaard: uzelf)</translation>
    </message>
    <message>
        <source>which colleagues a client&apos;s file is open to; open it to one, or close it (directors)</source>
        <translation>voor welke collega&apos;s het dossier van een cliënt openstaat; het openen voor een collega of weer sluiten (directeurs)</translation>
    </message>
    <message>
        <source>user name, last day (&apos;-&apos;: until closed again), opened on, reason; one per line</source>
        <translation>gebruikersnaam, laatste dag (&apos;-&apos;: tot het weer gesloten wordt), geopend op, reden; één per regel</translation>
    </message>
    <message>
        <source>open the file to a counsellor, for example to cover a leave</source>
        <translation>het dossier openen voor een begeleider, bijvoorbeeld als vervanging tijdens verlof</translation>
    </message>
    <message>
        <source>the counsellor</source>
        <translation>de begeleider</translation>
    </message>
    <message>
        <source>the last day (default: until closed again)</source>
        <translation>de laatste dag (standaard: tot het weer gesloten wordt)</translation>
    </message>
    <message>
        <source>close the file to the counsellor now</source>
        <translation>het dossier nu sluiten voor de begeleider</translation>
    </message>
    <message>
        <source>list a client&apos;s records, or void one with the reason</source>
        <translation>de registraties van een cliënt oplijsten, of er een ongeldig verklaren met de reden</translation>
    </message>
    <message>
        <source>kind, number, date, category and whether voided, one record per line (no content)</source>
        <translation>soort, nummer, datum, categorie en of ze ongeldig verklaard is, één registratie per regel (geen inhoud)</translation>
    </message>
    <message>
        <source>only records of this kind</source>
        <translation>enkel registraties van deze soort</translation>
    </message>
    <message>
        <source>only the voided records</source>
        <translation>enkel de ongeldig verklaarde registraties</translation>
    </message>
    <message>
        <source>void a record entered in the wrong file or with wrong facts (its author or a director); it stays in the file, struck through, and counts nowhere</source>
        <translation>een registratie ongeldig verklaren die in het verkeerde dossier of met verkeerde gegevens werd ingevoerd (door wie ze invoerde of een directeur); ze blijft doorgestreept in het dossier en telt nergens meer mee</translation>
    </message>
    <message>
        <source>the number `records list` shows</source>
        <translation>het nummer dat `records list` toont</translation>
    </message>
    <message>
        <source>why (required)</source>
        <translation>waarom (verplicht)</translation>
    </message>
    <message>
        <source>the audit history&apos;s seals</source>
        <translation>de zegels van de audittrail</translation>
    </message>
    <message>
        <source>seal the audit history with the shelter&apos;s signature (directors; asks the PKCS#12 passphrase or the token PIN)</source>
        <translation>de audittrail verzegelen met de handtekening van het opvangcentrum (directie; vraagt de PKCS#12-wachtwoordzin of de pincode van het token)</translation>
    </message>
    <message>
        <source>list the seals</source>
        <translation>de zegels oplijsten</translation>
    </message>
    <message>
        <source>make a progress report (directors), signed with --sign</source>
        <translation>een voortgangsverslag maken (directie), ondertekend met --sign</translation>
    </message>
    <message>
        <source>the prosecutor&apos;s language</source>
        <translation>de taal van het parket</translation>
    </message>
    <message>
        <source>certify it with the shelter&apos;s signature</source>
        <translation>het certificeren met de handtekening van het opvangcentrum</translation>
    </message>
    <message>
        <source>auto: the identity if the client consented (default); include: refuse without that consent; omit: the case code only</source>
        <translation>auto: de identiteit als de cliënt toestemde (standaard); include: weigeren zonder die toestemming; omit: enkel de dossiercode</translation>
    </message>
    <message>
        <source>check a signed report: intact, trusted, unmodified</source>
        <translation>een ondertekend verslag controleren: intact, vertrouwd, ongewijzigd</translation>
    </message>
    <message>
        <source>the shelter&apos;s exported trust root</source>
        <translation>de geëxporteerde vertrouwensbasis van het opvangcentrum</translation>
    </message>
    <message>
        <source>the fingerprint of the shelter&apos;s signing certificate: anything signed by another certificate does not verify</source>
        <translation>de vingerafdruk van het ondertekeningscertificaat van het centrum: wat met een ander certificaat ondertekend is, is niet geldig</translation>
    </message>
    <message>
        <source>root certificate(s) of timestamp authorities, trusted for timestamps only</source>
        <translation>rootcertificaat of -certificaten van tijdstempeldiensten, alleen vertrouwd voor tijdstempels</translation>
    </message>
    <message>
        <source>the case file for the judicial authorities (directors)</source>
        <translation>het dossier voor de gerechtelijke overheden (directie)</translation>
    </message>
    <message>
        <source>AES-256 ZIP; a passphrase is printed, to be given by phone</source>
        <translation>AES-256-ZIP; er wordt een wachtwoordzin getoond, door te geven per telefoon</translation>
    </message>
    <message>
        <source>to whom it goes (kept in the audit trail)</source>
        <translation>naar wie het gaat (bewaard in de audittrail)</translation>
    </message>
    <message>
        <source>check a case file: every file as signed, nothing added or removed</source>
        <translation>een dossier controleren: elk bestand zoals ondertekend, niets toegevoegd of verwijderd</translation>
    </message>
    <message>
        <source>the shelter&apos;s signing identity (administrators)</source>
        <translation>de handtekeningidentiteit van het opvangcentrum (beheerders)</translation>
    </message>
    <message>
        <source>the identity in use</source>
        <translation>de identiteit in gebruik</translation>
    </message>
    <message>
        <source>import a PKCS#12 file (kept encrypted in the database)</source>
        <translation>een PKCS#12-bestand importeren (versleuteld bewaard in de databank)</translation>
    </message>
    <message>
        <source>sign with a PKCS#11 token, e.g. the Belgian eID</source>
        <translation>ondertekenen met een PKCS#11-token, bv. de Belgische eID</translation>
    </message>
    <message>
        <source>the PKCS#11 library (e.g. libbeidpkcs11.so)</source>
        <translation>de PKCS#11-bibliotheek (bv. libbeidpkcs11.so)</translation>
    </message>
    <message>
        <source>the token&apos;s label</source>
        <translation>het label van het token</translation>
    </message>
    <message>
        <source>the signing key&apos;s label (eID: Signature)</source>
        <translation>het label van de handtekeningsleutel (eID: Signature)</translation>
    </message>
    <message>
        <source>the certificate&apos;s label (default: the key&apos;s)</source>
        <translation>het label van het certificaat (standaard: dat van de sleutel)</translation>
    </message>
    <message>
        <source>intermediate and root certificates</source>
        <translation>tussen- en basiscertificaten</translation>
    </message>
    <message>
        <source>generate a DEMO root and signing certificate (not for real use)</source>
        <translation>een DEMO-basis- en handtekeningcertificaat aanmaken (niet voor echt gebruik)</translation>
    </message>
    <message>
        <source>write the trust root for the prosecutor&apos;s office</source>
        <translation>de vertrouwensbasis voor het parket schrijven</translation>
    </message>
    <message>
        <source>write the shelter&apos;s signing certificate and its chain (to pin with --signer)</source>
        <translation>het ondertekeningscertificaat van het centrum en zijn keten wegschrijven (om vast te leggen met --signer)</translation>
    </message>
    <message>
        <source>timestamp signatures with an RFC 3161 timestamp authority (PAdES B-T, B-LT)</source>
        <translation>handtekeningen van een tijdstempel voorzien via een RFC 3161-tijdstempeldienst (PAdES B-T, B-LT)</translation>
    </message>
    <message>
        <source>the authority&apos;s address</source>
        <translation>het adres van de dienst</translation>
    </message>
    <message>
        <source>stop using one</source>
        <translation>er geen meer gebruiken</translation>
    </message>
    <message>
        <source>the authority&apos;s root certificate (needed to embed revocation data, B-LT)</source>
        <translation>het rootcertificaat van de dienst (nodig om intrekkingsgegevens in te sluiten, B-LT)</translation>
    </message>
    <message>
        <source>add validation data and a document timestamp to a signed report (PAdES B-LTA)</source>
        <translation>validatiegegevens en een documenttijdstempel toevoegen aan een ondertekend rapport (PAdES B-LTA)</translation>
    </message>
    <message>
        <source>write the result here instead of over FILE.pdf</source>
        <translation>het resultaat hierheen schrijven in plaats van over FILE.pdf</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current one is kept)</source>
        <translation>de databank vervangen door een back-up (de huidige wordt bewaard)</translation>
    </message>
    <message>
        <source>work on the shelter&apos;s server (PostgreSQL) instead of a database on this workstation</source>
        <translation>werken op de server van het opvangcentrum (PostgreSQL) in plaats van een databank op dit werkstation</translation>
    </message>
    <message>
        <source>postgresql://OWNER@HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA.pem</source>
        <translation>postgresql://EIGENAAR@HOST:POORT/DATABANK?sslmode=verify-full&amp;sslrootcert=CA.pem</translation>
    </message>
    <message>
        <source>postgresql://HOST:PORT/DATABASE?sslrootcert=CA.pem</source>
        <translation>postgresql://HOST:POORT/DATABANK?sslrootcert=CA.pem</translation>
    </message>
    <message>
        <source>the shelter&apos;s certificate authority (instead of sslrootcert in the address)</source>
        <translation>de certificaatautoriteit van het opvangcentrum (in plaats van sslrootcert in het adres)</translation>
    </message>
    <message>
        <source>set up an empty server database: schema, roles, policies and the first director</source>
        <translation>een lege serverdatabank inrichten: schema, rollen, regels en de eerste directeur</translation>
    </message>
    <message>
        <source>make this workstation work on the shelter&apos;s server</source>
        <translation>dit werkstation laten werken op de server van het opvangcentrum</translation>
    </message>
    <message>
        <source>bring the server&apos;s database to this version (as its owner)</source>
        <translation>de databank van de server naar deze versie brengen (als eigenaar)</translation>
    </message>
    <message>
        <source>move a local database (or a backup) onto the server, checked before it is kept</source>
        <translation>een lokale databank (of een back-up) naar de server overbrengen, gecontroleerd voor ze wordt behouden</translation>
    </message>
    <message>
        <source>the data folder of the local database</source>
        <translation>de gegevensmap van de lokale databank</translation>
    </message>
    <message>
        <source>a backup made by &apos;shelter-desk backup&apos; (either backend)</source>
        <translation>een back-up gemaakt met &apos;shelter-desk backup&apos; (van beide soorten opslag)</translation>
    </message>
    <message>
        <source>your first server login after an import: the one-time code, then your password</source>
        <translation>uw eerste aanmelding op de server na een overbrenging: de eenmalige code, dan uw wachtwoord</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About shelter_desk</source>
        <translation>Over shelter_desk</translation>
    </message>
    <message>
        <source>shelter_desk {version}</source>
        <translation>shelter_desk {version}</translation>
    </message>
    <message>
        <source>Case management for Belgium&apos;s specialised shelters for victims of human trafficking. Free software under the European Union Public Licence (EUPL-1.2).</source>
        <translation>Dossierbeheer voor de Belgische gespecialiseerde opvangcentra voor slachtoffers van mensenhandel. Vrije software onder de Europese openbare licentie (EUPL-1.2).</translation>
    </message>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLCipher {sqlcipher} ({openssl})</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside} · SQLCipher {sqlcipher} ({openssl})</translation>
    </message>
    <message>
        <source>Bundled components and their licences (select one for its full text):</source>
        <translation>Meegeleverde onderdelen en hun licenties (selecteer er een voor de volledige tekst):</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>Meegeleverde onderdelen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>{component} (in {part_of})</source>
        <translation>{component} (in {part_of})</translation>
    </message>
    <message>
        <source>see the licence text</source>
        <translation>zie de licentietekst</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licentietekst</translation>
    </message>
    <message>
        <source>No licence text is shipped for {component}; its licence: {licence}.</source>
        <translation>Voor {component} wordt geen licentietekst meegeleverd; de licentie: {licence}.</translation>
    </message>
    <message>
        <source>Full text in: {files}</source>
        <translation>Volledige tekst in: {files}</translation>
    </message>
    <message>
        <source>({file} could not be read)</source>
        <translation>({file} kon niet gelezen worden)</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>Colleagues with access: {case}</source>
        <translation>Collega&apos;s met toegang: {case}</translation>
    </message>
    <message>
        <source>The client&apos;s own counsellor and the directors always have this file. Open it to another counsellor for a period, for example to cover a leave: they can read and write in it until the end of the last day. Every opening and closing is recorded in the audit log.</source>
        <translation>De eigen begeleider van de cliënt en de directeurs hebben dit dossier altijd. Open het voor een periode voor een andere begeleider, bijvoorbeeld om een verlof op te vangen: die kan er tot het einde van de laatste dag in lezen en schrijven. Elke opening en sluiting wordt in het auditlogboek vastgelegd.</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Geopend door</translation>
    </message>
    <message>
        <source>Colleagues the file is open to</source>
        <translation>Collega&apos;s voor wie het dossier open staat</translation>
    </message>
    <message>
        <source>The file is open to no other colleague.</source>
        <translation>Het dossier staat voor geen andere collega open.</translation>
    </message>
    <message>
        <source>Close the file to this colleague</source>
        <translation>Dossier sluiten voor deze collega</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>No end date: until closed again</source>
        <translation>Geen einddatum: tot het weer gesloten wordt</translation>
    </message>
    <message>
        <source>for example: leave cover</source>
        <translation>bijvoorbeeld: vervanging tijdens verlof</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>Open the file to a colleague</source>
        <translation>Het dossier openen voor een collega</translation>
    </message>
    <message>
        <source>until closed again</source>
        <translation>tot het weer gesloten wordt</translation>
    </message>
    <message>
        <source>{who}, {date}</source>
        <translation>{who}, {date}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Volledige naam</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Initial &amp;password</source>
        <translation>Eerste &amp;wachtwoord</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Kies minstens één rol.</translation>
    </message>
</context>
<context>
    <name>AdministrationView</name>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Back-up en herstel</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>Mijn wachtwoord</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Gebruiker &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Wachtwoord &amp;opnieuw instellen…</translation>
    </message>
    <message>
        <source>Re&amp;move user…</source>
        <translation>Gebruiker &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Removing a user re-encrypts the database under a new key, so a copy of their old key file opens nothing. Their past work and audit entries stay.</source>
        <translation>Een gebruiker verwijderen versleutelt de databank opnieuw met een nieuwe sleutel, zodat een kopie van het oude sleutelbestand niets meer opent. Het eerdere werk en de auditregistraties blijven.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <source>A backup is encrypted: it opens only with a password or the recovery code valid when it was made. Keep it on another disk, in the safe.</source>
        <translation>Een back-up is versleuteld: ze opent enkel met een wachtwoord of de herstelcode die golden toen ze gemaakt werd. Bewaar ze op een andere schijf, in de kluis.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Restoring replaces the database with the backup. The current database is kept, encrypted, in the safety-copies folder. You will log in again afterwards.</source>
        <translation>Terugzetten vervangt de databank door de back-up. De huidige databank wordt versleuteld bewaard in de map safety-copies. Daarna meldt u zich opnieuw aan.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code…</source>
        <translation>Nieuwe herstel&amp;code maken…</translation>
    </message>
    <message>
        <source>The old code stops working at once.</source>
        <translation>De oude code werkt meteen niet meer.</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Mijn wachtwoord &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Use a long passphrase of several words that you do not use anywhere else.</source>
        <translation>Gebruik een lange wachtzin van meerdere woorden die u nergens anders gebruikt.</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>Gebruiker wordt toegevoegd…</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Wachtwoord ingesteld</translation>
    </message>
    <message>
        <source>The new password works now.</source>
        <translation>Het nieuwe wachtwoord werkt nu.</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} verwijderen</translation>
    </message>
    <message>
        <source>Why is this account removed? (kept in the audit trail)</source>
        <translation>Waarom wordt dit account verwijderd? (bewaard in de audittrail)</translation>
    </message>
    <message>
        <source>Removing the user and re-encrypting the database…</source>
        <translation>De gebruiker wordt verwijderd en de databank opnieuw versleuteld…</translation>
    </message>
    <message>
        <source>Save the encrypted backup</source>
        <translation>Versleutelde back-up bewaren</translation>
    </message>
    <message>
        <source>shelter_desk backups (*.sdbackup)</source>
        <translation>shelter_desk-back-ups (*.sdbackup)</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Back-up weggeschreven naar {file}.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>De versleutelde back-up wordt geschreven…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Kies de back-up om terug te zetten</translation>
    </message>
    <message>
        <source>Your password as it was when the backup was made:</source>
        <translation>Uw wachtwoord zoals het was toen de back-up gemaakt werd:</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <source>Make a new recovery code? The one in the safe stops working.</source>
        <translation>Een nieuwe herstelcode maken? De code in de kluis werkt dan niet meer.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Uw wachtwoord werd gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>1 court date</source>
        <translation>1 zitting</translation>
    </message>
    <message>
        <source>{count} court dates</source>
        <translation>{count} zittingen</translation>
    </message>
    <message>
        <source>1 deadline</source>
        <translation>1 termijn</translation>
    </message>
    <message>
        <source>{count} deadlines</source>
        <translation>{count} termijnen</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 afspraak</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} afspraken</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Arrow keys move between days; the day&apos;s items are listed beside.</source>
        <translation>Met de pijltjestoetsen ga je van dag tot dag; wat die dag vervalt, staat ernaast.</translation>
    </message>
    <message>
        <source>Due on the chosen day</source>
        <translation>Te doen op de gekozen dag</translation>
    </message>
    <message>
        <source>Court dates this month</source>
        <translation>Zittingen deze maand</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Appointments at their times and what falls due each day; Enter or double-click opens the file.</source>
        <translation>De afspraken op hun uur en wat elke dag vervalt; Enter of dubbelklikken opent het dossier.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Plan appointment…</source>
        <translation>Afspraak plannen…</translation>
    </message>
    <message>
        <source>Nothing due on this day.</source>
        <translation>Niets te doen op deze dag.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>to record or cancel</source>
        <translation>te registreren of te annuleren</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <source>{count} more: open the day</source>
        <translation>nog {count}: open de dag</translation>
    </message>
    <message>
        <source>Double-click (or Enter) shows this day&apos;s items</source>
        <translation>Dubbelklikken (of Enter) toont de items van deze dag</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{title} (none yet)</source>
        <translation>{title} (nog geen)</translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>Record consent</source>
        <translation>Toestemming registreren</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>How the withdrawal was expressed</source>
        <translation>Hoe de intrekking werd geuit</translation>
    </message>
    <message>
        <source>Purpose withdrawn</source>
        <translation>Ingetrokken doel</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>The ledger is never edited: a correction is a new event. A withdrawal blocks every later report or export that needs this purpose.</source>
        <translation>Het register wordt nooit aangepast: een correctie is een nieuwe registratie. Een intrekking blokkeert elk later rapport of elke latere export die dit doel nodig heeft.</translation>
    </message>
    <message>
        <source>Current state (from the ledger)</source>
        <translation>Huidige stand (uit het register)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>(interpreter)</source>
        <translation>(tolk)</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Getuige</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Toestemming registreren…</translation>
    </message>
    <message>
        <source>Consent ledger</source>
        <translation>Toestemmingsregister</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Toestemming intrekken…</translation>
    </message>
    <message>
        <source>No consent is in force to withdraw.</source>
        <translation>Er is geen geldende toestemming om in te trekken.</translation>
    </message>
    <message>
        <source>never given</source>
        <translation>nooit gegeven</translation>
    </message>
    <message>
        <source>given on {date}</source>
        <translation>gegeven op {date}</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>ingetrokken op {date}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Interpreter (language)</source>
        <translation>Tolk (taal)</translation>
    </message>
    <message>
        <source>Counselling session</source>
        <translation>Begeleidingsgesprek</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Gesprek wijzigen</translation>
    </message>
    <message>
        <source>The Control record: the client may stop at any time, have someone present and ask questions. Confidential notes never leave this file.</source>
        <translation>De controle (4 C&apos;s): de cliënt mag op elk moment stoppen, iemand laten bijwonen en vragen stellen. Vertrouwelijke notities verlaten dit dossier nooit.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>support person</source>
        <translation>vertrouwenspersoon</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>vragen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Plan an appointment</source>
        <translation>Een afspraak plannen</translation>
    </message>
    <message>
        <source>Edit the appointment</source>
        <translation>Afspraak wijzigen</translation>
    </message>
    <message>
        <source>A counselling session planned, or an accompaniment (a hearing, the Immigration Office, a doctor, the lawyer). The time is the time on the clocks in Brussels. It is on the calendar and, on its day, on the dashboard.</source>
        <translation>Een gepland begeleidingsgesprek, of een begeleiding (een zitting, de Dienst Vreemdelingenzaken, een arts, de advocaat). Het uur is het uur op de klok in Brussel. De afspraak staat in de kalender en, op de dag zelf, op het overzicht.</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Afspraak annuleren</translation>
    </message>
    <message>
        <source>The appointment stays in the file, marked cancelled, with the reason.</source>
        <translation>De afspraak blijft in het dossier, gemarkeerd als geannuleerd, met de reden.</translation>
    </message>
    <message>
        <source>Why it was cancelled (required)</source>
        <translation>Waarom ze geannuleerd werd (verplicht)</translation>
    </message>
    <message>
        <source>Why it was cancelled</source>
        <translation>Waarom ze geannuleerd werd</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>planned, past: record or cancel it</source>
        <translation>gepland, voorbij: registreren of annuleren</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>geannuleerd: {reason}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Plan an appointment…</source>
        <translation>Een afspraak plannen…</translation>
    </message>
    <message>
        <source>Sessions planned and accompaniments (hearings, the Immigration Office, doctors, the lawyer). One still planned after its time is shown as such until it is recorded as a session or cancelled.</source>
        <translation>Geplande gesprekken en begeleidingen (zittingen, de Dienst Vreemdelingenzaken, artsen, de advocaat). Een afspraak die na haar uur nog gepland is, blijft zo getoond tot ze als gesprek geregistreerd of geannuleerd wordt.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Record as session…</source>
        <translation>Als gesprek registreren…</translation>
    </message>
    <message>
        <source>Opens the session filled in from the appointment; saving it records the session and marks the appointment held</source>
        <translation>Opent het gesprek, ingevuld vanuit de afspraak; bij het bewaren wordt het gesprek geregistreerd en de afspraak als gehouden gemarkeerd</translation>
    </message>
    <message>
        <source>Cancel the appointment…</source>
        <translation>Afspraak annuleren…</translation>
    </message>
    <message>
        <source>Record the appointment as a session</source>
        <translation>De afspraak als gesprek registreren</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Controle (4 C&apos;s)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Add a session…</source>
        <translation>Gesprek toevoegen…</translation>
    </message>
    <message>
        <source>The prosecutor was notified</source>
        <translation>Het parket werd ingelicht</translation>
    </message>
    <message>
        <source>The Immigration Office was notified</source>
        <translation>De Dienst Vreemdelingenzaken werd ingelicht</translation>
    </message>
    <message>
        <source>A breach not reported: why</source>
        <translation>Een niet gemelde schending: waarom</translation>
    </message>
    <message>
        <source>Condition check</source>
        <translation>Controle van een voorwaarde</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Vastgestelde elementen</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Ingelicht</translation>
    </message>
    <message>
        <source>prosecutor</source>
        <translation>parket</translation>
    </message>
    <message>
        <source>Immigration Office</source>
        <translation>Dienst Vreemdelingenzaken</translation>
    </message>
    <message>
        <source>Record a check…</source>
        <translation>Controle registreren…</translation>
    </message>
    <message>
        <source>Condition checks</source>
        <translation>Controles van de voorwaarden</translation>
    </message>
    <message>
        <source>Check the three conditions…</source>
        <translation>De drie voorwaarden controleren…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} op {date}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Notification to an authority</source>
        <translation>Melding aan een overheid</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Record a notification…</source>
        <translation>Melding registreren…</translation>
    </message>
    <message>
        <source>Notifications to the authorities</source>
        <translation>Meldingen aan de overheden</translation>
    </message>
    <message>
        <source>{field} changed</source>
        <translation>{field} gewijzigd</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>identity included</source>
        <translation>identiteit vermeld</translation>
    </message>
    <message>
        <source>identity withheld</source>
        <translation>identiteit niet vermeld</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>versleuteld</translation>
    </message>
    <message>
        <source>to {recipient}</source>
        <translation>aan {recipient}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Everything done in this file, from the tamper-evident audit trail (who did what and when), with what each correction replaced. Voided records are struck through; the reason is in their tooltip.</source>
        <translation>Alles wat in dit dossier gebeurde, uit de fraudebestendige audittrail (wie wat deed en wanneer), met wat elke correctie verving. Ongeldig verklaarde registraties zijn doorgestreept; de reden staat in hun knopinfo.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <source>History of the file</source>
        <translation>Historiek van het dossier</translation>
    </message>
    <message>
        <source>Progress reports and case files made for this client. Directors make them on the Reports page.</source>
        <translation>Voortgangsrapporten en dossiers die voor deze cliënt opgemaakt werden. Directeurs maken ze op de pagina Rapporten.</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Opgemaakte rapporten</translation>
    </message>
    <message>
        <source>Make a progress report…</source>
        <translation>Voortgangsrapport opmaken…</translation>
    </message>
    <message>
        <source>Autonomy goal</source>
        <translation>Zelfstandigheidsdoel</translation>
    </message>
    <message>
        <source>Edit the goal</source>
        <translation>Doel wijzigen</translation>
    </message>
    <message>
        <source>Progress of the goal now</source>
        <translation>Huidige vordering van het doel</translation>
    </message>
    <message>
        <source>Milestone: {goal}</source>
        <translation>Mijlpaal: {goal}</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Vordering</translation>
    </message>
    <message>
        <source>Add a goal…</source>
        <translation>Doel toevoegen…</translation>
    </message>
    <message>
        <source>Autonomy goals</source>
        <translation>Autonomiedoelen</translation>
    </message>
    <message>
        <source>Add a milestone…</source>
        <translation>Mijlpaal toevoegen…</translation>
    </message>
    <message>
        <source>Progress per goal (%)</source>
        <translation>Vordering per doel (%)</translation>
    </message>
    <message>
        <source>Show the progress as a table</source>
        <translation>Vooruitgang als tabel tonen</translation>
    </message>
    <message>
        <source>Milestones of the selected goal</source>
        <translation>Mijlpalen van het gekozen doel</translation>
    </message>
    <message>
        <source>Choose a goal to see its milestones.</source>
        <translation>Kies een doel om zijn mijlpalen te zien.</translation>
    </message>
    <message>
        <source>No milestone yet.</source>
        <translation>Nog geen mijlpaal.</translation>
    </message>
    <message>
        <source>One per line: other spellings, the name in the client&apos;s script</source>
        <translation>Eén per lijn: andere spellingen, de naam in het schrift van de cliënt</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Niet-begeleide minderjarige</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Gegevens van de cliënt</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Uitbuiting</translation>
    </message>
    <message>
        <source>Loverboy is a recruitment method, not a form of exploitation: tick it together with the form it led to.</source>
        <translation>Loverboy is een ronselmethode, geen vorm van uitbuiting: vink ze aan samen met de vorm van uitbuiting waartoe ze leidde.</translation>
    </message>
    <message>
        <source>End the programme</source>
        <translation>Het programma beëindigen</translation>
    </message>
    <message>
        <source>Ending the programme closes the file: no more deadlines are computed. Remember to notify the prosecutor or labour auditor (end of guidance).</source>
        <translation>Het beëindigen van het programma sluit het dossier af: er worden geen termijnen meer berekend. Vergeet niet het parket of het arbeidsauditoraat in te lichten (einde van de begeleiding).</translation>
    </message>
    <message>
        <source>e.g. Antwerpen, Bruxelles, Liège</source>
        <translation>bv. Antwerpen, Brussel, Luik</translation>
    </message>
    <message>
        <source>Judicial case</source>
        <translation>Gerechtelijk dossier</translation>
    </message>
    <message>
        <source>Edit the judicial case</source>
        <translation>Gerechtelijk dossier wijzigen</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Edit the court date</source>
        <translation>Zitting wijzigen</translation>
    </message>
    <message>
        <source>Which {time}?</source>
        <translation>Welk {time}?</translation>
    </message>
    <message>
        <source>On {date} the clocks go back an hour: {time} happens twice. Which one is on the summons?</source>
        <translation>Op {date} gaat de klok een uur terug: {time} komt twee keer voor. Welke staat op de dagvaarding?</translation>
    </message>
    <message>
        <source>Before the change (summer time, UTC+{hours})</source>
        <translation>Vóór de overgang (zomertijd, UTC+{hours})</translation>
    </message>
    <message>
        <source>After the change (winter time, UTC+{hours})</source>
        <translation>Na de overgang (wintertijd, UTC+{hours})</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Parket / auditoraat</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Gerechtelijk arrondissement</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>Pv</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Notitienummer</translation>
    </message>
    <message>
        <source>Magistrate</source>
        <translation>Magistraat</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Hoedanigheid</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Advocaat</translation>
    </message>
    <message>
        <source>(legal aid)</source>
        <translation>(juridische tweedelijnsbijstand)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Dossier openen…</translation>
    </message>
    <message>
        <source>Judicial cases</source>
        <translation>Gerechtelijke zaken</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Rechtbank</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Must attend</source>
        <translation>Moet aanwezig zijn</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>begeleider</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>tolk</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Add a court date…</source>
        <translation>Zitting toevoegen…</translation>
    </message>
    <message>
        <source>Court dates</source>
        <translation>Zittingen</translation>
    </message>
    <message>
        <source>Open the judicial case first.</source>
        <translation>Open eerst het gerechtelijk dossier.</translation>
    </message>
    <message>
        <source>(summer time)</source>
        <translation>(zomertijd)</translation>
    </message>
    <message>
        <source>(winter time)</source>
        <translation>(wintertijd)</translation>
    </message>
    <message>
        <source>Expires on (empty: by law)</source>
        <translation>Vervalt op (leeg: volgens de wet)</translation>
    </message>
    <message>
        <source>Extends or renews</source>
        <translation>Verlengt of vernieuwt</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Verblijfsdocument</translation>
    </message>
    <message>
        <source>Edit the residence document</source>
        <translation>Verblijfsdocument wijzigen</translation>
    </message>
    <message>
        <source>{date} (expired)</source>
        <translation>{date} (vervallen)</translation>
    </message>
    <message>
        <source>{date} (in {days} days)</source>
        <translation>{date} (over {days} dagen)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Afgegeven</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <source>Residence documents</source>
        <translation>Verblijfsdocumenten</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dagen</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} maanden</translation>
    </message>
    <message>
        <source>Leave the expiry empty to have it computed from the law: {validity}.</source>
        <translation>Laat de vervaldatum leeg om ze volgens de wet te laten berekenen: {validity}.</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>Document toevoegen…</translation>
    </message>
    <message>
        <source>Referred by {service}</source>
        <translation>Doorverwezen door {service}</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>First counselling session</source>
        <translation>Eerste begeleidingsgesprek</translation>
    </message>
    <message>
        <source>Consent given: {purpose}</source>
        <translation>Toestemming gegeven: {purpose}</translation>
    </message>
    <message>
        <source>Consent withdrawn: {purpose}</source>
        <translation>Toestemming ingetrokken: {purpose}</translation>
    </message>
    <message>
        <source>Issued: {document}</source>
        <translation>Afgegeven: {document}</translation>
    </message>
    <message>
        <source>Judicial case opened ({office})</source>
        <translation>Gerechtelijk dossier geopend ({office})</translation>
    </message>
    <message>
        <source>Final decision</source>
        <translation>Definitieve beslissing</translation>
    </message>
    <message>
        <source>Notified {recipient}: {reason}</source>
        <translation>{recipient} ingelicht: {reason}</translation>
    </message>
    <message>
        <source>Programme ended: {reason}</source>
        <translation>Programma beëindigd: {reason}</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>De cliënt</translation>
    </message>
    <message>
        <source>Referral and exploitation</source>
        <translation>Doorverwijzing en uitbuiting</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Gegevens wijzigen…</translation>
    </message>
    <message>
        <source>Edit referral…</source>
        <translation>Doorverwijzing wijzigen…</translation>
    </message>
    <message>
        <source>Edit exploitation…</source>
        <translation>Uitbuiting wijzigen…</translation>
    </message>
    <message>
        <source>Admit to the programme</source>
        <translation>Opnemen in het programma</translation>
    </message>
    <message>
        <source>End the programme…</source>
        <translation>Het programma beëindigen…</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>Tijdlijn (recentste eerst)</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Dossiercode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliassen</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation>Geslacht / gender</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Residence track</source>
        <translation>Verblijfstraject</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minderjarig</translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation>Begeleidingsgesprekken</translation>
    </message>
    <message>
        <source>Colleagues with access…</source>
        <translation>Collega&apos;s met toegang…</translation>
    </message>
    <message>
        <source>Also open to</source>
        <translation>Ook toegankelijk voor</translation>
    </message>
    <message>
        <source>{name} (until {date})</source>
        <translation>{name} (tot {date})</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Gedetecteerd op basis van</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>loverboy method</source>
        <translation>loverboytechniek</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Privacy mode</source>
        <translation>Privacymodus</translation>
    </message>
    <message>
        <source>Privacy mode is on. Editing the details shows the client&apos;s name and aliases on the screen. Show them?</source>
        <translation>De privacymodus staat aan. Bij het bewerken van de gegevens verschijnen de naam en de aliassen van de cliënt op het scherm. Tonen?</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>Admit this client to the programme?</source>
        <translation>Deze cliënt opnemen in het programma?</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(geschat)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>Judicial</source>
        <translation>Gerechtelijk</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Verblijf</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historiek</translation>
    </message>
    <message>
        <source>counsellor: {name}</source>
        <translation>begeleider: {name}</translation>
    </message>
    <message>
        <source>no counsellor assigned</source>
        <translation>geen begeleider toegewezen</translation>
    </message>
    <message>
        <source>intake {date}</source>
        <translation>intake {date}</translation>
    </message>
    <message>
        <source>synthetic demo client</source>
        <translation>synthetische demo-cliënt</translation>
    </message>
    <message>
        <source>Overdue: {kind}, {date}</source>
        <translation>Te laat: {kind}, {date}</translation>
    </message>
    <message>
        <source>Next: {kind}, {date}</source>
        <translation>Volgende: {kind}, {date}</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Afgesproken actie</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <translation>Actie wijzigen</translation>
    </message>
    <message>
        <source>What was agreed with the client, who does it and by when. Until it is done it is on the dashboard of whoever sees this file.</source>
        <translation>Wat met de cliënt werd afgesproken, wie het doet en tegen wanneer. Tot het gedaan is, staat het op het dashboard van wie dit dossier ziet.</translation>
    </message>
    <message>
        <source>done on {date}</source>
        <translation>gedaan op {date}</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>open, te laat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Ingevoerd door</translation>
    </message>
    <message>
        <source>Add an action…</source>
        <translation>Actie toevoegen…</translation>
    </message>
    <message>
        <source>The case plan: the actions agreed with the client. Open ones appear on the dashboard until they are marked done.</source>
        <translation>Het begeleidingsplan: de acties die met de cliënt werden afgesproken. Open acties staan op het dashboard tot ze als gedaan gemarkeerd zijn.</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Begeleidingsplan</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Dossiernotitie</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Notitie wijzigen</translation>
    </message>
    <message>
        <source>A call, a meeting with the lawyer, a decision of the team. Case notes are confidential: they never leave this file (no report, export or printout).</source>
        <translation>Een telefoongesprek, een overleg met de advocaat, een teambeslissing. Dossiernotities zijn vertrouwelijk: ze verlaten dit dossier nooit (geen verslag, export of afdruk).</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Notitie toevoegen…</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Dossiernotities</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Cliënten zoeken</translation>
    </message>
    <message>
        <source>Down arrow or Enter moves into the list.</source>
        <translation>Pijl omlaag of Enter gaat naar de lijst.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search names, aliases, case codes (Ctrl+F)</source>
        <translation>Naam, alias of dossiercode (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Open dossiers</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>New client… (Ctrl+N)</source>
        <translation>Nieuwe cliënt… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>C&amp;ounsellor</source>
        <translation>Begel&amp;eider</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle cliënten</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Fi&amp;lters wissen</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>Weergave verwij&amp;deren</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>&amp;Nationaliteit</translation>
    </message>
    <message>
        <source>&amp;Intake from</source>
        <translation>&amp;Intake vanaf</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>{shown} of {total} clients</source>
        <translation>{shown} van {total} cliënten</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <source>Has an overd&amp;ue item</source>
        <translation>Heeft iets achte&amp;rstalligs</translation>
    </message>
    <message>
        <source>Save as vi&amp;ew…</source>
        <translation>Als weergave &amp;opslaan…</translation>
    </message>
    <message>
        <source>Form of e&amp;xploitation</source>
        <translation>&amp;Vorm van uitbuiting</translation>
    </message>
    <message>
        <source>&amp;More filters ({count})</source>
        <translation>&amp;Meer filters ({count})</translation>
    </message>
    <message>
        <source>&amp;More filters</source>
        <translation>&amp;Meer filters</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>View {number}</source>
        <translation>Weergave {number}</translation>
    </message>
    <message>
        <source>{name} is no longer a counsellor here: the view shows every counsellor&apos;s clients.</source>
        <translation>{name} is hier geen begeleider meer: de weergave toont de cliënten van alle begeleiders.</translation>
    </message>
    <message>
        <source>Save as view</source>
        <translation>Opslaan als weergave</translation>
    </message>
    <message>
        <source>Name of the view (the same name replaces it):</source>
        <translation>Naam van de weergave (dezelfde naam vervangt ze):</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Het dossier wordt geopend…</translation>
    </message>
</context>
<context>
    <name>ClientsTable</name>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (te laat)</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Dossiercode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Volgende termijn</translation>
    </message>
</context>
<context>
    <name>Conditions</name>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Resultaat</translation>
    </message>
    <message>
        <source>What was seen or said (needed for a concern or a breach)</source>
        <translation>Wat gezien of gezegd werd (nodig bij een aandachtspunt of een schending)</translation>
    </message>
    <message>
        <source>Reported to the prosecutor</source>
        <translation>Gemeld aan het parket</translation>
    </message>
    <message>
        <source>Reported to the Immigration Office</source>
        <translation>Gemeld aan de Dienst Vreemdelingenzaken</translation>
    </message>
    <message>
        <source>A breach not reported: why</source>
        <translation>Een niet gemelde schending: waarom</translation>
    </message>
    <message>
        <source>The three conditions: {case}</source>
        <translation>De drie voorwaarden: {case}</translation>
    </message>
    <message>
        <source>Checked &amp;on</source>
        <translation>Gecontroleerd &amp;op</translation>
    </message>
    <message>
        <source>Save the three checks</source>
        <translation>De drie controles bewaren</translation>
    </message>
    <message>
        <source>Check all three together, as the monthly reminder asks. A concern or a breach needs its evidence; a breach is reported to the prosecutor, or the reason not to is recorded. Reports ticked here are recorded under Notifications too.</source>
        <translation>Controleer de drie samen, zoals de maandelijkse herinnering vraagt. Een aandachtspunt of een schending heeft haar vaststellingen nodig; een schending wordt aan het parket gemeld, of de reden om dat niet te doen wordt genoteerd. Wat hier als gemeld is aangevinkt, komt ook onder Meldingen.</translation>
    </message>
    <message>
        <source>Something is missing or wrong in: {conditions}.</source>
        <translation>Er ontbreekt iets of er klopt iets niet bij: {conditions}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{months} months after intake</source>
        <translation>{months} maanden na de intake</translation>
    </message>
    <message>
        <source>All three conditions</source>
        <translation>Alle drie de voorwaarden</translation>
    </message>
    <message>
        <source>{action} ({case})</source>
        <translation>{action} ({case})</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Van wie</translation>
    </message>
    <message>
        <source>{person}: {overdue} overdue of {total}</source>
        <translation>{person}: {overdue} te laat van {total}</translation>
    </message>
    <message>
        <source>… and {count} more, not listed: Show all lists them</source>
        <translation>… en nog {count} andere, niet in de lijst: Alle tonen toont ze</translation>
    </message>
    <message>
        <source>No counsellor</source>
        <translation>Geen begeleider</translation>
    </message>
    <message>
        <source>snoozed until {date}</source>
        <translation>uitgesteld tot {date}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>Open files by phase</source>
        <translation>Open dossiers per fase</translation>
    </message>
    <message>
        <source>Open files by form of exploitation</source>
        <translation>Open dossiers per vorm van uitbuiting</translation>
    </message>
    <message>
        <source>Autonomy goals in open files</source>
        <translation>Zelfstandigheidsdoelen in open dossiers</translation>
    </message>
    <message>
        <source>A long list shows the latest overdue items and the soonest ones, and counts the others: list every item</source>
        <translation>Een lange lijst toont de laatste achterstallige punten en de eerstvolgende, en telt de andere: alle punten tonen</translation>
    </message>
    <message>
        <source>Show the counts as tables</source>
        <translation>Aantallen als tabellen tonen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per dag</translation>
    </message>
    <message>
        <source>By counsellor</source>
        <translation>Per begeleider</translation>
    </message>
    <message>
        <source>Show done and snoozed</source>
        <translation>Ook gedane en uitgestelde tonen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Whose</source>
        <translation>&amp;Van wie</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>Groe&amp;peren</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Gedaan…</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>&amp;Uitstellen…</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>He&amp;ropenen</translation>
    </message>
    <message>
        <source>Mark the selected reminder done, saying what was done</source>
        <translation>De gekozen herinnering als gedaan markeren, met wat er gedaan is</translation>
    </message>
    <message>
        <source>Take the selected reminder off the list until a day, saying why</source>
        <translation>De gekozen herinnering tot een bepaalde dag van de lijst halen, met de reden</translation>
    </message>
    <message>
        <source>Hand the selected reminder to a colleague who works on the file</source>
        <translation>De gekozen herinnering overdragen aan een collega die aan het dossier werkt</translation>
    </message>
    <message>
        <source>Put a done or snoozed reminder back on the list</source>
        <translation>Een gedane of uitgestelde herinnering terug op de lijst zetten</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>De mijne</translation>
    </message>
    <message>
        <source>Show &amp;all {count}</source>
        <translation>&amp;Alle {count} tonen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation>Komende 14 dagen</translation>
    </message>
    <message>
        <source>Nothing needs attention in the next 14 days.</source>
        <translation>De komende 14 dagen vraagt niets aandacht.</translation>
    </message>
    <message>
        <source>Nothing to show with these filters.</source>
        <translation>Niets te tonen met deze filters.</translation>
    </message>
    <message>
        <source>1 item, {overdue} overdue. Double-click (or Enter) opens the file.</source>
        <translation>1 punt, {overdue} te laat. Dubbelklik (of Enter) opent het dossier.</translation>
    </message>
    <message>
        <source>{count} items: {overdue} overdue. Double-click (or Enter) opens the file.</source>
        <translation>{count} punten: {overdue} achterstallig. Dubbelklik (of Enter) opent het dossier.</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Afspraken van vandaag</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Vandaag geen afspraken.</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Wat je typte weggooien?</translation>
    </message>
    <message>
        <source>What you typed in this window is not saved. Close it and lose it?</source>
        <translation>Wat je in dit venster typte, is niet bewaard. Sluiten en het kwijtraken?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export the case file</source>
        <translation>Het dossier exporteren</translation>
    </message>
    <message>
        <source>The case file of {case} for the judicial authorities: the signed progress report, the case data and the court dates, with a signed manifest.</source>
        <translation>Het dossier van {case} voor de gerechtelijke overheden: het ondertekende voortgangsrapport, de dossiergegevens en de zittingsdata, met een ondertekend manifest.</translation>
    </message>
    <message>
        <source>&amp;Encrypted (recommended)</source>
        <translation>&amp;Versleuteld (aanbevolen)</translation>
    </message>
    <message>
        <source>AES-256. You will see a passphrase once: give it to the recipient by phone, never with the file.</source>
        <translation>AES-256. U ziet één keer een wachtzin: geef die telefonisch aan de ontvanger, nooit samen met het bestand.</translation>
    </message>
    <message>
        <source>&amp;Not encrypted (only for a channel that is itself secure)</source>
        <translation>&amp;Niet versleuteld (alleen voor een kanaal dat zelf beveiligd is)</translation>
    </message>
    <message>
        <source>e.g. Parquet de Bruxelles, magistrate X</source>
        <translation>bv. parket Antwerpen, magistraat X</translation>
    </message>
    <message>
        <source>&amp;Recipient (kept in the audit trail)</source>
        <translation>&amp;Ontvanger (bewaard in de audittrail)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Passphrase of the case file</source>
        <translation>Wachtzin van het dossier</translation>
    </message>
    <message>
        <source>Give this passphrase to the recipient BY PHONE, never with the file. It is shown only now.</source>
        <translation>Geef deze wachtzin TELEFONISCH aan de ontvanger, nooit samen met het bestand. Hij wordt alleen nu getoond.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Gekopieerd. Het klembord wordt over {seconds} seconden gewist.</translation>
    </message>
    <message>
        <source>Passphrase of the case file {case}</source>
        <translation>Wachtzin van het dossier {case}</translation>
    </message>
    <message>
        <source>Give it BY PHONE, never with the file.</source>
        <translation>Geef hem TELEFONISCH door, nooit samen met het bestand.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to shelter_desk</source>
        <translation>Welkom bij shelter_desk</translation>
    </message>
    <message>
        <source>Which shelter is this?</source>
        <translation>Welk opvangcentrum is dit?</translation>
    </message>
    <message>
        <source>Another shelter:</source>
        <translation>Een ander opvangcentrum:</translation>
    </message>
    <message>
        <source>The director&apos;s account</source>
        <translation>Het account van de directeur</translation>
    </message>
    <message>
        <source>The first account is the director&apos;s, who is also administrator (adds staff, makes backups). Choose a long passphrase.</source>
        <translation>Het eerste account is dat van de directeur, die ook beheerder is (voegt medewerkers toe, maakt back-ups). Kies een lange wachtzin.</translation>
    </message>
    <message>
        <source>This creates the encrypted database on this computer. Nothing is ever stored unencrypted. The language chosen here is also the director&apos;s.</source>
        <translation>Dit maakt de versleutelde databank op deze computer aan. Niets wordt ooit onversleuteld bewaard. De taal die hier gekozen wordt, is ook die van de directeur.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Volledige naam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>One group of the recovery code</source>
        <translation>Eén groep van de herstelcode</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>De herstelcode</translation>
    </message>
    <message>
        <source>Shown only now. Print it or write it down and keep it in the safe.</source>
        <translation>Wordt alleen nu getoond. Druk hem af of schrijf hem over en bewaar hem in de kluis.</translation>
    </message>
    <message>
        <source>It opens the database if every password is lost, and anyone who has it can read everything.</source>
        <translation>Hij opent de databank als alle wachtwoorden kwijt zijn, en wie hem heeft, kan alles lezen.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>To confirm you have it, type group number {group} of the code (five characters; groups are separated by dashes, counted from the left):</source>
        <translation>Typ ter bevestiging groep nummer {group} van de code (vijf tekens; de groepen worden gescheiden door streepjes en van links geteld):</translation>
    </message>
    <message>
        <source>That is not group {group}. Count the groups from the left on the code above (or on your printed sheet) and type that one.</source>
        <translation>Dat is groep {group} niet. Tel de groepen van links op de code hierboven (of op uw afgedrukt blad) en typ die groep.</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>herstelcode</translation>
    </message>
    <message>
        <source>This code opens the encrypted database if every password is lost. Keep this sheet in the safe. Anyone who has it can read every file.</source>
        <translation>Deze code opent de versleutelde databank als alle wachtwoorden verloren zijn. Bewaar dit blad in de kluis. Wie het heeft, kan elk dossier lezen.</translation>
    </message>
    <message>
        <source>shelter_desk: first start</source>
        <translation>shelter_desk: eerste start</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>De versleutelde databank wordt aangemaakt…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Not known yet</source>
        <translation>Nog niet gekend</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>{field}: a time is known</source>
        <translation>{field}: het uur is bekend</translation>
    </message>
    <message>
        <source>{field}: choose one to add</source>
        <translation>{field}: kies er een om toe te voegen</translation>
    </message>
    <message>
        <source>{field} chosen</source>
        <translation>{field} gekozen</translation>
    </message>
    <message>
        <source>“{typed}” is not in the list: choose an entry, or clear the field.</source>
        <translation>„{typed}” staat niet in de lijst: kies er een uit, of maak het veld leeg.</translation>
    </message>
    <message>
        <source>“{typed}” is not added yet: press Add (or Enter), or clear the field.</source>
        <translation>„{typed}” is nog niet toegevoegd: klik op Toevoegen (of Enter), of maak het veld leeg.</translation>
    </message>
    <message>
        <source>“{typed}” is not in the list: choose an entry from it.</source>
        <translation>„{typed}” staat niet in de lijst: kies er een uit.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>(Brussels time)</source>
        <translation>(Brusselse tijd)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide — shelter_desk</source>
        <translation>Gebruikershandleiding — shelter_desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Gebruikershandleiding</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Zoeken in de handleiding (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>shelter_desk: log in</source>
        <translation>shelter_desk: aanmelden</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>Vergrendeld. Meld u aan om verder te gaan.</translation>
    </message>
    <message>
        <source>Log in to shelter_desk</source>
        <translation>Aanmelden bij shelter_desk</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>In de plaats de herstelcode gebruiken</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>First type the user name and password of an administrator of the backup (or tick the recovery code and type it), then press “Restore from a backup…”.</source>
        <translation>Typ eerst de gebruikersnaam en het wachtwoord van een beheerder van de back-up (of vink de herstelcode aan en typ die), en klik dan op „Back-up terugzetten…”.</translation>
    </message>
    <message>
        <source>The backup to restore</source>
        <translation>De back-up om terug te zetten</translation>
    </message>
    <message>
        <source>shelter_desk backups (*.sdbackup);;All files (*)</source>
        <translation>shelter_desk-back-ups (*.sdbackup);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>The backup was restored. Log in.</source>
        <translation>De back-up is teruggezet. Log in.</translation>
    </message>
    <message>
        <source>The database it replaced was kept in {file}.</source>
        <translation>De databank die ze verving, is bewaard in {file}.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Herstelcode</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geef uw gebruikersnaam en wachtwoord in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation>Af&amp;melden / andere gebruiker</translation>
    </message>
    <message>
        <source>My &amp;settings…</source>
        <translation>Mijn &amp;instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nieuwe cliënt…</translation>
    </message>
    <message>
        <source>&amp;Find a client</source>
        <translation>Cliënt &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Close the file</source>
        <translation>Dossier &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Privacy mode (hide names)</source>
        <translation>&amp;Privacymodus (namen verbergen)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Gebruikershandleiding</translation>
    </message>
    <message>
        <source>&amp;About shelter_desk</source>
        <translation>&amp;Over shelter_desk</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Mijn &amp;wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Cliënten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>shelter_desk</source>
        <translation>shelter_desk</translation>
    </message>
    <message>
        <source>Privacy mode: names hidden</source>
        <translation>Privacymodus: namen verborgen</translation>
    </message>
    <message>
        <source>Still loading; print again in a moment.</source>
        <translation>Nog aan het laden; druk zo dadelijk opnieuw af.</translation>
    </message>
    <message>
        <source>Sent to the printer: 1 page.</source>
        <translation>Naar de printer gestuurd: 1 pagina.</translation>
    </message>
    <message>
        <source>Sent to the printer: {pages} pages.</source>
        <translation>Naar de printer gestuurd: {pages} pagina&apos;s.</translation>
    </message>
    <message>
        <source>{name} ({roles})</source>
        <translation>{name} ({roles})</translation>
    </message>
</context>
<context>
    <name>MySettings</name>
    <message>
        <source>My settings</source>
        <translation>Mijn instellingen</translation>
    </message>
    <message>
        <source>&amp;Language of the program</source>
        <translation>&amp;Taal van het programma</translation>
    </message>
    <message>
        <source>Reports are written in the prosecutor&apos;s language, chosen for each report.</source>
        <translation>Rapporten worden geschreven in de taal van het parket, die per rapport gekozen wordt.</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Zoals het systeem is ingesteld</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>High contrast (light on black)</source>
        <translation>Hoog contrast (licht op zwart)</translation>
    </message>
    <message>
        <source>&amp;Contrast</source>
        <translation>&amp;Contrast</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tekstgrootte</translation>
    </message>
    <message>
        <source>Contrast and text size are kept on this workstation, for everyone who logs in here.</source>
        <translation>Contrast en tekstgrootte worden op deze werkpost bewaard, voor iedereen die hier inlogt.</translation>
    </message>
</context>
<context>
    <name>NewClientWizard</name>
    <message>
        <source>First consent</source>
        <translation>Eerste toestemming</translation>
    </message>
    <message>
        <source>Tick what the client agreed to today. Consent to programme support is needed to start; the rest can follow later.</source>
        <translation>Vink aan waarmee de cliënt vandaag instemde. Toestemming voor begeleiding in het programma is nodig om te starten; de rest kan later volgen.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Who the client is. A case code is given automatically.</source>
        <translation>Wie de cliënt is. Een dossiercode wordt automatisch toegekend.</translation>
    </message>
    <message>
        <source>Looking for existing clients like this one…</source>
        <translation>Bestaande cliënten zoeken die op deze lijken…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbels</translation>
    </message>
    <message>
        <source>These existing clients may be the same person. Nothing is merged: open the existing file, or go on if this is another person.</source>
        <translation>Deze bestaande cliënten zijn misschien dezelfde persoon. Er wordt niets samengevoegd: open het bestaande dossier, of ga verder als dit een andere persoon is.</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Dossiercode</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>&amp;Open the existing file</source>
        <translation>Bestaand dossier &amp;openen</translation>
    </message>
    <message>
        <source>&amp;This is another person: create a new file</source>
        <translation>&amp;Dit is een andere persoon: een nieuw dossier aanmaken</translation>
    </message>
    <message>
        <source>a client of another counsellor</source>
        <translation>een cliënt van een andere begeleider</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Who referred the client, and on what basis.</source>
        <translation>Wie de cliënt doorverwees, en op welke basis.</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Uitbuiting</translation>
    </message>
    <message>
        <source>What the client went through, as far as known today.</source>
        <translation>Wat de cliënt meemaakte, voor zover vandaag gekend.</translation>
    </message>
    <message>
        <source>Create the file</source>
        <translation>Dossier aanmaken</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Uw wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Set a new password for {user}</source>
        <translation>Nieuw wachtwoord instellen voor {user}</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Huidig wachtwoord</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
</context>
<context>
    <name>NewPasswordField</name>
    <message>
        <source>Repeat the password</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Sterkte van het wachtwoord</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Te zwak</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Aanvaardbaar</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer is set up on this computer. The program prints only to a printer, never to a file, so that no unencrypted copy is left on the disk.</source>
        <translation>Op deze computer is geen printer ingesteld. Het programma drukt alleen af op een printer, nooit naar een bestand, zodat er geen onversleutelde kopie op de schijf achterblijft.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print what this screen shows (Ctrl+P)</source>
        <translation>Afdrukken wat dit scherm toont (Ctrl+P)</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Niets vraagt aandacht.</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Dag per dag</translation>
    </message>
    <message>
        <source>Nothing is due this month.</source>
        <translation>Deze maand vervalt niets.</translation>
    </message>
    <message>
        <source>Calendar: {period}</source>
        <translation>Kalender: {period}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Appointment or deadline</source>
        <translation>Afspraak of termijn</translation>
    </message>
    <message>
        <source>Nothing planned or due.</source>
        <translation>Niets gepland of te doen.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Client overview</source>
        <translation>Overzicht van de cliënt</translation>
    </message>
    <message>
        <source>No sessions recorded.</source>
        <translation>Geen gesprekken geregistreerd.</translation>
    </message>
    <message>
        <source>Confidential notes are not printed.</source>
        <translation>Vertrouwelijke notities worden niet afgedrukt.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>De printer kon niet gestart worden. Controleer of hij aanstaat en aangesloten is, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertrouwelijk</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Printed {when} by {who}</source>
        <translation>Afgedrukt op {when} door {who}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>This is the only time the recovery code is shown. Write it down or print it and keep it in the safe. Anyone who has it can open every file.</source>
        <translation>Dit is de enige keer dat de herstelcode getoond wordt. Schrijf hem op of druk hem af en bewaar hem in de kluis. Wie hem heeft, kan elk dossier openen.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ik heb hem genoteerd</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Mark a reminder done</source>
        <translation>Herinnering als gedaan markeren</translation>
    </message>
    <message>
        <source>Say what was done. The reminder leaves the list; it stays in the client&apos;s history with your note.</source>
        <translation>Zeg wat er gedaan is. De herinnering verdwijnt van de lijst; ze blijft met uw notitie in de geschiedenis van de cliënt.</translation>
    </message>
    <message>
        <source>The agreed action is marked done as well.</source>
        <translation>De afgesproken actie wordt ook als gedaan gemarkeerd.</translation>
    </message>
    <message>
        <source>What was done (required)</source>
        <translation>Wat er gedaan is (verplicht)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Snooze a reminder</source>
        <translation>Herinnering uitstellen</translation>
    </message>
    <message>
        <source>The reminder leaves the list until the day you choose, then comes back with its own due date.</source>
        <translation>De herinnering verdwijnt van de lijst tot de dag die u kiest en komt dan terug met haar eigen vervaldatum.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Why it waits (required)</source>
        <translation>Waarom het wacht (verplicht)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <source>Hand a reminder to a colleague</source>
        <translation>Herinnering overdragen aan een collega</translation>
    </message>
    <message>
        <source>Only colleagues who work on this file are offered. The reminder shows as theirs on every dashboard.</source>
        <translation>Alleen collega&apos;s die aan dit dossier werken, worden aangeboden. De herinnering staat dan op elk dashboard op hun naam.</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notitie (optioneel)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEE</translation>
    </message>
    <message>
        <source>Valid: the report is intact, signed by a trusted signer and unmodified.</source>
        <translation>Geldig: het rapport is intact, ondertekend door een vertrouwde ondertekenaar en ongewijzigd.</translation>
    </message>
    <message>
        <source>NOT VALID.</source>
        <translation>NIET GELDIG.</translation>
    </message>
    <message>
        <source>Intact: {answer}</source>
        <translation>Intact: {answer}</translation>
    </message>
    <message>
        <source>Trusted: {answer}</source>
        <translation>Vertrouwd: {answer}</translation>
    </message>
    <message>
        <source>Unmodified since signing: {answer}</source>
        <translation>Ongewijzigd sinds de ondertekening: {answer}</translation>
    </message>
    <message>
        <source>Signature covers the whole file: {answer}</source>
        <translation>Handtekening dekt het hele bestand: {answer}</translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Ondertekenaar: {signer}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Vingerafdruk van het certificaat (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Signed at: {when} (the signer&apos;s own clock)</source>
        <translation>Ondertekend op: {when} (volgens de klok van de ondertekenaar)</translation>
    </message>
    <message>
        <source>Timestamp: {when}, by {authority}</source>
        <translation>Tijdstempel: {when}, door {authority}</translation>
    </message>
    <message>
        <source>Level: PAdES {level}</source>
        <translation>Niveau: PAdES {level}</translation>
    </message>
    <message>
        <source>Type part of a case code or name, then choose from the list</source>
        <translation>Typ een deel van een dossiercode of naam en kies dan uit de lijst</translation>
    </message>
    <message>
        <source>Include the identity if the client consented</source>
        <translation>Identiteit vermelden als de cliënt toestemde</translation>
    </message>
    <message>
        <source>Include the identity (refused without consent)</source>
        <translation>Identiteit vermelden (geweigerd zonder toestemming)</translation>
    </message>
    <message>
        <source>Case code only</source>
        <translation>Enkel de dossiercode</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Sign and save…</source>
        <translation>&amp;Ondertekenen en bewaren…</translation>
    </message>
    <message>
        <source>&amp;Export the case file…</source>
        <translation>Dossier &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed PDF…</source>
        <translation>Ondertekende pdf &amp;controleren…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Language (the prosecutor&apos;s)</source>
        <translation>Taal (van het parket)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Voortgangsrapport</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Voorbeeld van het rapport</translation>
    </message>
    <message>
        <source>Preview shows the report here, made in memory. Nothing is saved or sent until you sign and save it, or export the case file.</source>
        <translation>Voorbeeld toont het rapport hier, in het geheugen gemaakt. Er wordt niets bewaard of verstuurd tot u het ondertekent en bewaart, of het dossier exporteert.</translation>
    </message>
    <message>
        <source>The file changed after the preview was made: preview it again.</source>
        <translation>Het dossier is gewijzigd nadat het voorbeeld werd gemaakt: bekijk het voorbeeld opnieuw.</translation>
    </message>
    <message>
        <source>“{typed}” is not a client in the list: choose one from the list to make, sign or export a report.</source>
        <translation>“{typed}” is geen cliënt uit de lijst: kies er een uit de lijst om een rapport op te maken, te ondertekenen of te exporteren.</translation>
    </message>
    <message>
        <source>Choose a client from the list to make, sign or export a report.</source>
        <translation>Kies een cliënt uit de lijst om een rapport op te maken, te ondertekenen of te exporteren.</translation>
    </message>
    <message>
        <source>Choose a client from the list first.</source>
        <translation>Kies eerst een cliënt uit de lijst.</translation>
    </message>
    <message>
        <source>Signed report of {case} saved to {file} (PAdES {level}).</source>
        <translation>Ondertekend rapport van {case} bewaard in {file} (PAdES {level}).</translation>
    </message>
    <message>
        <source>Case file of {case} saved to {file}.</source>
        <translation>Dossier van {case} bewaard in {file}.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Het rapport wordt opgemaakt…</translation>
    </message>
    <message>
        <source>Preview of {case} (not signed, not saved).</source>
        <translation>Voorbeeld van {case} (niet ondertekend, niet bewaard).</translation>
    </message>
    <message>
        <source>The client&apos;s identity is included (they consented to sharing it).</source>
        <translation>De identiteit van de cliënt is vermeld (hij of zij stemde in met het delen ervan).</translation>
    </message>
    <message>
        <source>The identity is withheld: the report names the case code only.</source>
        <translation>De identiteit wordt niet vermeld: het rapport noemt enkel de dossiercode.</translation>
    </message>
    <message>
        <source>Preview the report first; then print it.</source>
        <translation>Bekijk eerst het voorbeeld van het rapport; druk het dan af.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Passphrase of the signing certificate:</source>
        <translation>Wachtzin van het ondertekeningscertificaat:</translation>
    </message>
    <message>
        <source>PIN of the signing token (eID):</source>
        <translation>Pincode van de ondertekeningskaart (eID):</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Save the signed report</source>
        <translation>Ondertekend rapport bewaren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Signing the report…</source>
        <translation>Het rapport wordt ondertekend…</translation>
    </message>
    <message>
        <source>Save the case file</source>
        <translation>Dossier bewaren</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Zip-bestanden (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the case file…</source>
        <translation>Dossier wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>A signed report</source>
        <translation>Een ondertekend rapport</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Controle</translation>
    </message>
</context>
<context>
    <name>Seal</name>
    <message>
        <source>Passphrase of the signing certificate:</source>
        <translation>Wachtzin van het ondertekeningscertificaat:</translation>
    </message>
    <message>
        <source>PIN of the signing token (eID):</source>
        <translation>Pincode van het ondertekeningstoken (eID):</translation>
    </message>
    <message>
        <source>Seal the audit history</source>
        <translation>De audittrail verzegelen</translation>
    </message>
    <message>
        <source>Audit history last sealed on {when}.</source>
        <translation>Audittrail laatst verzegeld op {when}.</translation>
    </message>
    <message>
        <source>The audit history has never been sealed.</source>
        <translation>De audittrail werd nog nooit verzegeld.</translation>
    </message>
    <message>
        <source>A seal, signed with the shelter&apos;s key, lets the integrity check prove without anything from outside that nobody rewrote the history up to it.</source>
        <translation>Een zegel, ondertekend met de sleutel van het opvangcentrum, laat de integriteitscontrole zonder iets van buitenaf bewijzen dat niemand de geschiedenis tot dan heeft herschreven.</translation>
    </message>
    <message>
        <source>Seal now…</source>
        <translation>Nu verzegelen…</translation>
    </message>
    <message>
        <source>Sealed: {count} entries, signed by {signer}.</source>
        <translation>Verzegeld: {count} items, ondertekend door {signer}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Instellingen bewaren</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes (everyone)</source>
        <translation>&amp;Vergrendelen na zoveel minuten zonder activiteit (voor iedereen)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Sign with a token</source>
        <translation>Ondertekenen met een kaart</translation>
    </message>
    <message>
        <source>e.g. BELPIC</source>
        <translation>bv. BELPIC</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11-module</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Label van de kaart</translation>
    </message>
    <message>
        <source>Key label</source>
        <translation>Label van de sleutel</translation>
    </message>
    <message>
        <source>PIN (checked once, never stored)</source>
        <translation>Pincode (één keer gecontroleerd, nooit bewaard)</translation>
    </message>
    <message>
        <source>Import a PKCS#12 file…</source>
        <translation>PKCS#12-bestand importeren…</translation>
    </message>
    <message>
        <source>Use a token (eID)…</source>
        <translation>Een kaart gebruiken (eID)…</translation>
    </message>
    <message>
        <source>Generate a demo identity</source>
        <translation>Demo-identiteit aanmaken</translation>
    </message>
    <message>
        <source>Export the trust root…</source>
        <translation>Vertrouwensbasis exporteren…</translation>
    </message>
    <message>
        <source>Export the certificate…</source>
        <translation>Het certificaat exporteren…</translation>
    </message>
    <message>
        <source>Reports and case files are certified with this identity. Hand the trust root to the prosecutor&apos;s office: with it, anyone can check that a report comes from the shelter unchanged. A demo identity is for trying the program only.</source>
        <translation>Rapporten en dossiers worden met deze identiteit gecertificeerd. Bezorg de vertrouwensbasis aan het parket: daarmee kan iedereen nagaan dat een rapport ongewijzigd van het opvangcentrum komt. Een demo-identiteit is enkel om het programma uit te proberen.</translation>
    </message>
    <message>
        <source>Timestamp authority</source>
        <translation>Tijdstempeldienst</translation>
    </message>
    <message>
        <source>Its root certificate…</source>
        <translation>Haar rootcertificaat…</translation>
    </message>
    <message>
        <source>Use this authority</source>
        <translation>Deze dienst gebruiken</translation>
    </message>
    <message>
        <source>Stop timestamping</source>
        <translation>Geen tijdstempels meer</translation>
    </message>
    <message>
        <source>With a timestamp authority (RFC 3161), every signature carries a time that the authority proves (PAdES B-T), and the certificates&apos; revocation data when they say where to find it (B-LT), so that a report can still be checked after its certificate has expired. Without one, a signature&apos;s time is the computer&apos;s clock.</source>
        <translation>Met een tijdstempeldienst (RFC 3161) draagt elke handtekening een tijdstip dat de dienst bewijst (PAdES B-T), en de intrekkingsgegevens van de certificaten wanneer die zeggen waar ze te vinden zijn (B-LT), zodat een rapport ook na het verlopen van zijn certificaat nog te controleren is. Zonder dienst is het tijdstip van een handtekening de klok van de computer.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>Not in use: signatures are PAdES B-B.</source>
        <translation>Niet in gebruik: handtekeningen zijn PAdES B-B.</translation>
    </message>
    <message>
        <source>In use. Its root certificate (SHA-256): {fingerprint}</source>
        <translation>In gebruik. Haar rootcertificaat (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>In use, without its root certificate: signatures are timestamped (B-T) but carry no revocation data (B-LT).</source>
        <translation>In gebruik, zonder haar rootcertificaat: handtekeningen krijgen een tijdstempel (B-T) maar geen intrekkingsgegevens (B-LT).</translation>
    </message>
    <message>
        <source>The authority&apos;s root certificate</source>
        <translation>Het rootcertificaat van de dienst</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Root certificate chosen: {file}</source>
        <translation>Rootcertificaat gekozen: {file}</translation>
    </message>
    <message>
        <source>No signing identity is set up yet.</source>
        <translation>Er is nog geen ondertekeningsidentiteit ingesteld.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12-bestand</translation>
    </message>
    <message>
        <source>token (PKCS#11)</source>
        <translation>kaart (PKCS#11)</translation>
    </message>
    <message>
        <source>DEMO identity — not for real use</source>
        <translation>DEMO-identiteit — niet voor echt gebruik</translation>
    </message>
    <message>
        <source>{subject}
{kind}
set up by {who} on {when}</source>
        <translation>{subject}
{kind}
ingesteld door {who} op {when}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Vingerafdruk van het certificaat (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Root fingerprint (SHA-256): {fingerprint}</source>
        <translation>Vingerafdruk van het rootcertificaat (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <source>Its passphrase:</source>
        <translation>De wachtzin ervan:</translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>De kaart wordt gelezen…</translation>
    </message>
    <message>
        <source>Demo identity</source>
        <translation>Demo-identiteit</translation>
    </message>
    <message>
        <source>Replace the signing identity with a generated DEMO identity? Reports signed with it say so and prove nothing to a prosecutor.</source>
        <translation>De ondertekeningsidentiteit vervangen door een aangemaakte DEMO-identiteit? Rapporten die ermee ondertekend worden, vermelden dat en bewijzen niets voor een parket.</translation>
    </message>
    <message>
        <source>Save the trust root</source>
        <translation>Vertrouwensbasis bewaren</translation>
    </message>
    <message>
        <source>PEM (*.pem)</source>
        <translation>PEM (*.pem)</translation>
    </message>
    <message>
        <source>Trust root</source>
        <translation>Vertrouwensbasis</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>Bewaard in {file}.</translation>
    </message>
    <message>
        <source>Save the signing certificate</source>
        <translation>Het ondertekeningscertificaat bewaren</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Ondertekeningscertificaat</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Geen sleutel</translation>
    </message>
</context>
<context>
    <name>Void</name>
    <message>
        <source>Voided by {who} on {when}: {reason}</source>
        <translation>Ongeldig verklaard door {who} op {when}: {reason}</translation>
    </message>
    <message>
        <source>Void a record</source>
        <translation>Registratie ongeldig verklaren</translation>
    </message>
    <message>
        <source>Void this record if it was entered in the wrong file or with wrong facts. It stays in the file, struck through, with your reason; it no longer counts for deadlines, the dashboard or reports. A void cannot be undone.</source>
        <translation>Verklaar deze registratie ongeldig als ze in het verkeerde dossier of met verkeerde gegevens werd ingevoerd. Ze blijft doorgestreept in het dossier, met uw reden; ze telt niet meer mee voor termijnen, het dashboard of verslagen. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Ongeldig verklaren</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Ongeldig verklaren…</translation>
    </message>
    <message>
        <source>Entered in the wrong file or with wrong facts: void it, with the reason</source>
        <translation>In het verkeerde dossier of met verkeerde gegevens ingevoerd: verklaar ze ongeldig, met de reden</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige %(type)s-waarde: %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan overeenkomen met %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Opened the file</source>
        <translation>Dossier ingekeken</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Changed details</source>
        <translation>Gegevens gewijzigd</translation>
    </message>
    <message>
        <source>Added a session</source>
        <translation>Gesprek toegevoegd</translation>
    </message>
    <message>
        <source>Changed a session</source>
        <translation>Gesprek gewijzigd</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Toestemming gegeven</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <source>Recorded a condition check</source>
        <translation>Controle van een voorwaarde geregistreerd</translation>
    </message>
    <message>
        <source>Changed a check</source>
        <translation>Controle gewijzigd</translation>
    </message>
    <message>
        <source>Opened a judicial case</source>
        <translation>Gerechtelijk dossier geopend</translation>
    </message>
    <message>
        <source>Changed the judicial case</source>
        <translation>Gerechtelijk dossier gewijzigd</translation>
    </message>
    <message>
        <source>Added a court date</source>
        <translation>Zitting toegevoegd</translation>
    </message>
    <message>
        <source>Changed a court date</source>
        <translation>Zitting gewijzigd</translation>
    </message>
    <message>
        <source>Added a residence document</source>
        <translation>Verblijfsdocument toegevoegd</translation>
    </message>
    <message>
        <source>Changed a document</source>
        <translation>Document gewijzigd</translation>
    </message>
    <message>
        <source>Added a goal</source>
        <translation>Doel toegevoegd</translation>
    </message>
    <message>
        <source>Changed a goal</source>
        <translation>Doel gewijzigd</translation>
    </message>
    <message>
        <source>Milestone added</source>
        <translation>Mijlpaal toegevoegd</translation>
    </message>
    <message>
        <source>Recorded a notification</source>
        <translation>Melding geregistreerd</translation>
    </message>
    <message>
        <source>Changed a notification</source>
        <translation>Melding gewijzigd</translation>
    </message>
    <message>
        <source>Admitted to the programme</source>
        <translation>Opgenomen in het programma</translation>
    </message>
    <message>
        <source>Programme ended</source>
        <translation>Programma beëindigd</translation>
    </message>
    <message>
        <source>Access granted</source>
        <translation>Toegang verleend</translation>
    </message>
    <message>
        <source>Access withdrawn</source>
        <translation>Toegang ingetrokken</translation>
    </message>
    <message>
        <source>Changed the referral</source>
        <translation>Doorverwijzing gewijzigd</translation>
    </message>
    <message>
        <source>Changed the exploitation</source>
        <translation>Uitbuiting gewijzigd</translation>
    </message>
    <message>
        <source>Progress report made</source>
        <translation>Voortgangsrapport opgemaakt</translation>
    </message>
    <message>
        <source>Progress report signed</source>
        <translation>Voortgangsrapport ondertekend</translation>
    </message>
    <message>
        <source>Case file exported</source>
        <translation>Dossier geëxporteerd</translation>
    </message>
    <message>
        <source>Added an action to the plan</source>
        <translation>Actie aan het plan toegevoegd</translation>
    </message>
    <message>
        <source>Changed an action of the plan</source>
        <translation>Actie van het plan gewijzigd</translation>
    </message>
    <message>
        <source>Added a case note</source>
        <translation>Dossiernotitie toegevoegd</translation>
    </message>
    <message>
        <source>Changed a case note</source>
        <translation>Dossiernotitie gewijzigd</translation>
    </message>
    <message>
        <source>Planned an appointment</source>
        <translation>Afspraak gepland</translation>
    </message>
    <message>
        <source>Changed an appointment</source>
        <translation>Afspraak gewijzigd</translation>
    </message>
    <message>
        <source>Cancelled an appointment</source>
        <translation>Afspraak geannuleerd</translation>
    </message>
    <message>
        <source>Recorded an appointment as held</source>
        <translation>Afspraak als gehouden geregistreerd</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Ongeldig verklaard</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>Herinnering gedaan</translation>
    </message>
    <message>
        <source>Reminder snoozed</source>
        <translation>Herinnering uitgesteld</translation>
    </message>
    <message>
        <source>Reminder handed over</source>
        <translation>Herinnering overgedragen</translation>
    </message>
    <message>
        <source>Reminder reopened</source>
        <translation>Herinnering heropend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>entry {entry}: position {position} out of order or missing before it</source>
        <translation>item {entry}: positie {position} staat niet op zijn plaats of er ontbreekt iets vóór</translation>
    </message>
    <message>
        <source>entry {entry}: does not follow the entry before it</source>
        <translation>item {entry}: sluit niet aan op het vorige item</translation>
    </message>
    <message>
        <source>entry {entry}: content changed after it was written</source>
        <translation>item {entry}: inhoud gewijzigd nadat het werd geschreven</translation>
    </message>
    <message>
        <source>the trail has {length} entries but the anchor records {anchored}: entries were removed from the end</source>
        <translation>de audittrail telt {length} items maar het anker vermeldt er {anchored}: er zijn items aan het einde verwijderd</translation>
    </message>
    <message>
        <source>entry {entry} does not match the anchor&apos;s hash</source>
        <translation>item {entry} komt niet overeen met de hash van het anker</translation>
    </message>
    <message>
        <source>seal {seal} ({date}) covers {length} entries but the trail has {count}: entries were removed</source>
        <translation>zegel {seal} ({date}) dekt {length} items maar de trail telt er {count}: er werden items verwijderd</translation>
    </message>
    <message>
        <source>seal {seal} ({date}): the first {length} entries are not those that were sealed: the history was rewritten</source>
        <translation>zegel {seal} ({date}): de eerste {length} items zijn niet die welke werden verzegeld: de geschiedenis werd herschreven</translation>
    </message>
    <message>
        <source>seal {seal} ({date}): its signature does not match what it seals</source>
        <translation>zegel {seal} ({date}): de handtekening klopt niet met wat het verzegelt</translation>
    </message>
    <message>
        <source>seal {seal} ({date}): not signed by a trusted signing identity</source>
        <translation>zegel {seal} ({date}): niet ondertekend door een vertrouwde ondertekeningsidentiteit</translation>
    </message>
    <message>
        <source>entry {entry} records a seal that is no longer there: seals were removed</source>
        <translation>item {entry} vermeldt een zegel dat er niet meer is: er werden zegels verwijderd</translation>
    </message>
</context>
<context>
    <name>cat</name>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Annex 15</source>
        <translation>Bijlage 15</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>A card</source>
        <translation>A-kaart</translation>
    </message>
    <message>
        <source>B card</source>
        <translation>B-kaart</translation>
    </message>
    <message>
        <source>Minor&apos;s doc.</source>
        <translation>Doc. minderjarige</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Geen document</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>Seksueel</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Economisch</translation>
    </message>
    <message>
        <source>Begging</source>
        <translation>Bedelarij</translation>
    </message>
    <message>
        <source>Forced crime</source>
        <translation>Gedwongen misdrijven</translation>
    </message>
    <message>
        <source>Organs</source>
        <translation>Organen</translation>
    </message>
    <message>
        <source>Smuggling</source>
        <translation>Smokkel</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Verblijfsstatuut</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Daily living</source>
        <translation>Dagelijks leven</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>New password for {user}: </source>
        <translation>Nieuw wachtwoord voor {user}: </translation>
    </message>
    <message>
        <source>Created the database for {shelter} in {folder}.</source>
        <translation>De databank voor {shelter} is aangemaakt in {folder}.</translation>
    </message>
    <message>
        <source>The director account &apos;{user}&apos; can log in now.</source>
        <translation>De directeur &apos;{user}&apos; kan nu inloggen.</translation>
    </message>
    <message>
        <source>RECOVERY CODE (shown only this once):</source>
        <translation>HERSTELCODE (wordt maar één keer getoond):</translation>
    </message>
    <message>
        <source>Print or write it down and keep it in the safe. It opens the database if every
password is lost; anyone who has it can read everything.</source>
        <translation>Druk hem af of schrijf hem op en bewaar hem in de kluis. Hij opent de databank als alle
wachtwoorden verloren zijn; wie hem heeft, kan alles lezen.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>GEBRUIKER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLLEN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>geen sleutel</translation>
    </message>
    <message>
        <source>Initial password for {user}: </source>
        <translation>Eerste wachtwoord voor {user}: </translation>
    </message>
    <message>
        <source>Added {user} ({roles}).</source>
        <translation>{user} toegevoegd ({roles}).</translation>
    </message>
    <message>
        <source>Removed {user}: their server login and key slot are gone.</source>
        <translation>{user} verwijderd: de aanmelding op de server en de sleutel zijn weg.</translation>
    </message>
    <message>
        <source>Removed {user}. The database was re-encrypted under a new key; copies of the old key-slot file no longer open it.</source>
        <translation>{user} verwijderd. De databank is opnieuw versleuteld met een nieuwe sleutel; kopieën van het oude sleutelbestand openen haar niet meer.</translation>
    </message>
    <message>
        <source>Set a new password for {user}.</source>
        <translation>Nieuw wachtwoord ingesteld voor {user}.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>NEW RECOVERY CODE (shown only this once; the old code no longer works):</source>
        <translation>NIEUWE HERSTELCODE (wordt maar één keer getoond; de oude code werkt niet meer):</translation>
    </message>
    <message>
        <source>Password for every demo account: </source>
        <translation>Wachtwoord voor alle demo-accounts: </translation>
    </message>
    <message>
        <source>Created a demo database with {count} SYNTHETIC clients in {folder} ({seconds} s). No real person is in it.</source>
        <translation>Demodatabank met {count} FICTIEVE cliënten aangemaakt in {folder} ({seconds} s). Er staat geen echte persoon in.</translation>
    </message>
    <message>
        <source>Demo accounts (user name: password):</source>
        <translation>Demo-accounts (gebruikersnaam: wachtwoord):</translation>
    </message>
    <message>
        <source>Demo accounts: {users} (all with the password read from standard input).</source>
        <translation>Demo-accounts: {users} (allemaal met het wachtwoord van de standaardinvoer).</translation>
    </message>
    <message>
        <source>not an ISO 3166 country code (two letters, e.g. NG or RO)</source>
        <translation>geen ISO 3166-landcode (twee letters, bv. NG of RO)</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Herstelcode: </translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Wachtwoord voor {user}: </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Er is niets geschreven.</translation>
    </message>
    <message>
        <source>cancelled; nothing more was changed.</source>
        <translation>geannuleerd; er is verder niets gewijzigd.</translation>
    </message>
    <message>
        <source>internal error ({where}). Please report it.</source>
        <translation>interne fout ({where}). Meld dit alstublieft.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>geen opdracht gegeven</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <source>Database integrity: {verdict}</source>
        <translation>Integriteit van de databank: {verdict}</translation>
    </message>
    <message>
        <source>Audit trail: {verdict} ({count} entries, head {head}...)</source>
        <translation>Audittrail: {verdict} ({count} items, kop {head}...)</translation>
    </message>
    <message>
        <source>Schema revision: {revision}</source>
        <translation>Schemaversie: {revision}</translation>
    </message>
    <message>
        <source>Seals: none yet; nothing protects the audit trail against a rewrite by someone with the database key. A director seals it with &apos;shelter-desk audit seal&apos;.</source>
        <translation>Zegels: nog geen; niets beschermt de audittrail tegen herschrijven door iemand met de databanksleutel. Een directeur verzegelt hem met &apos;shelter-desk audit seal&apos;.</translation>
    </message>
    <message>
        <source>Seals: {verdict} ({count} seals; the newest, of {date} by {signer}, covers {sealed} of {length} entries)</source>
        <translation>Zegels: {verdict} ({count} zegels; het recentste, van {date} door {signer}, dekt {sealed} van {length} items)</translation>
    </message>
    <message>
        <source>  {count} seal(s) were made with another signing identity than the current one; pin the shelter&apos;s root with --trust ROOT.pem to have them checked against it.</source>
        <translation>  {count} zegel(s) werden gemaakt met een andere ondertekeningsidentiteit dan de huidige; leg de vertrouwensbasis van het opvangcentrum vast met --trust ROOT.pem om ze daartegen te controleren.</translation>
    </message>
    <message>
        <source>Sealed the audit history: {length} entries, head {head}..., signed by {signer}.</source>
        <translation>Audittrail verzegeld: {length} items, kop {head}..., ondertekend door {signer}.</translation>
    </message>
    <message>
        <source>Encrypted backup written to {path} ({size} bytes).</source>
        <translation>Versleutelde back-up geschreven naar {path} ({size} bytes).</translation>
    </message>
    <message>
        <source>It opens with the passwords and the recovery code valid at this moment.</source>
        <translation>Ze opent met de wachtwoorden en de herstelcode die nu geldig zijn.</translation>
    </message>
    <message>
        <source>Recovery code of the backup: </source>
        <translation>Herstelcode van de back-up: </translation>
    </message>
    <message>
        <source>Password for {user} (as in the backup): </source>
        <translation>Wachtwoord voor {user} (zoals in de back-up): </translation>
    </message>
    <message>
        <source>Restored {backup} into {folder}.</source>
        <translation>{backup} teruggezet in {folder}.</translation>
    </message>
    <message>
        <source>The database it replaced was kept (encrypted) as {path}.</source>
        <translation>De vervangen databank is (versleuteld) bewaard als {path}.</translation>
    </message>
    <message>
        <source>PKCS#12 passphrase: </source>
        <translation>Wachtwoordzin van het PKCS#12-bestand: </translation>
    </message>
    <message>
        <source>Token PIN: </source>
        <translation>Pincode van het token: </translation>
    </message>
    <message>
        <source>Signed report for {code} in {language} written to {path}.</source>
        <translation>Ondertekend verslag voor {code} in het {language} geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Signed by: {signer}</source>
        <translation>Ondertekend door: {signer}</translation>
    </message>
    <message>
        <source>Signature level: PAdES {level}</source>
        <translation>Niveau van de handtekening: PAdES {level}</translation>
    </message>
    <message>
        <source>Report (unsigned) for {code} in {language} written to {path}.</source>
        <translation>Verslag (niet ondertekend) voor {code} in het {language} geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Identity included.</source>
        <translation>Identiteit opgenomen.</translation>
    </message>
    <message>
        <source>Identity withheld: case code only.</source>
        <translation>Identiteit weggelaten: enkel de dossiercode.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>  problem: {problem}</source>
        <translation>  probleem: {problem}</translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation>  opmerking: {note}</translation>
    </message>
    <message>
        <source>RESULT: VALID</source>
        <translation>RESULTAAT: GELDIG</translation>
    </message>
    <message>
        <source>RESULT: NOT VALID</source>
        <translation>RESULTAAT: NIET GELDIG</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrouwd</translation>
    </message>
    <message>
        <source>authority not trusted</source>
        <translation>dienst niet vertrouwd</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>BESCHADIGD</translation>
    </message>
    <message>
        <source>{when}, by {authority} ({trust})</source>
        <translation>{when}, door {authority} ({trust})</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrouwd</translation>
    </message>
    <message>
        <source>{yes} (archival additions only: validation data, timestamps)</source>
        <translation>{yes} (alleen archiveringstoevoegingen: validatiegegevens, tijdstempels)</translation>
    </message>
    <message>
        <source>Unmodified</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Hele bestand</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEE</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>NO, another certificate</source>
        <translation>NEE, een ander certificaat</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <source>{when} (the signer&apos;s own clock)</source>
        <translation>{when} (volgens de klok van de ondertekenaar)</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Tijdstempel</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation>geen PEM-certificaat</translation>
    </message>
    <message>
        <source>a SHA-256 fingerprint is 64 hexadecimal digits (colons allowed)</source>
        <translation>een SHA-256-vingerafdruk bestaat uit 64 hexadecimale cijfers (dubbelpunten toegestaan)</translation>
    </message>
    <message>
        <source>Case file for {code} written to {path}.</source>
        <translation>Dossier voor {code} geschreven naar {path}.</translation>
    </message>
    <message>
        <source>Encrypted (AES-256). Passphrase, to give BY PHONE, never with the file:</source>
        <translation>Versleuteld (AES-256). Wachtwoordzin, door te geven PER TELEFOON, nooit met het bestand:</translation>
    </message>
    <message>
        <source>Passphrase of the case file: </source>
        <translation>Wachtwoordzin van het dossier: </translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>signed by {signer}, SHA-256 {fingerprint}</source>
        <translation>ondertekend door {signer}, SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Vingerafdruk van het certificaat (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Root fingerprint (SHA-256): {fingerprint}</source>
        <translation>Vingerafdruk van het rootcertificaat (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Timestamp authority: none (signatures are PAdES B-B: their time is the signer&apos;s own claim).</source>
        <translation>Tijdstempeldienst: geen (handtekeningen zijn PAdES B-B: hun tijdstip is wat de ondertekenaar zelf opgeeft).</translation>
    </message>
    <message>
        <source>Timestamp authority: {url}</source>
        <translation>Tijdstempeldienst: {url}</translation>
    </message>
    <message>
        <source>Its root (SHA-256): {fingerprint}</source>
        <translation>Haar rootcertificaat (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Its root is not set: signatures are timestamped (B-T) but carry no revocation data (B-LT) until it is (signing tsa --url URL --root FILE.pem).</source>
        <translation>Haar rootcertificaat is niet ingesteld: handtekeningen krijgen een tijdstempel (B-T) maar geen intrekkingsgegevens (B-LT) zolang het ontbreekt (signing tsa --url URL --root FILE.pem).</translation>
    </message>
    <message>
        <source>Document timestamp added (PAdES B-LTA); written to {path}.</source>
        <translation>Documenttijdstempel toegevoegd (PAdES B-LTA); weggeschreven naar {path}.</translation>
    </message>
    <message>
        <source>Trust root written to {path}. Hand it to the prosecutor&apos;s office; they verify reports with: shelter-desk verify REPORT.pdf --trust ROOT.pem</source>
        <translation>Vertrouwensbasis geschreven naar {path}. Bezorg ze aan het parket; daar controleert men verslagen met: shelter-desk verify REPORT.pdf --trust ROOT.pem</translation>
    </message>
    <message>
        <source>The shelter&apos;s signing certificate and its chain written to {path}.</source>
        <translation>Het ondertekeningscertificaat van het centrum en zijn keten weggeschreven naar {path}.</translation>
    </message>
    <message>
        <source>Its fingerprint, to check by phone and to pin with --signer: {fingerprint}</source>
        <translation>De vingerafdruk ervan, om telefonisch na te gaan en vast te leggen met --signer: {fingerprint}</translation>
    </message>
    <message>
        <source>No signing identity is set up.</source>
        <translation>Er is geen handtekeningidentiteit ingesteld.</translation>
    </message>
    <message>
        <source>Signing identity: {kind} — {subject}</source>
        <translation>Handtekeningidentiteit: {kind} — {subject}</translation>
    </message>
    <message>
        <source>  note: the signer was not pinned: compare the fingerprint above with the one the shelter gave you, or give it with --signer</source>
        <translation>  opmerking: de ondertekenaar werd niet vastgelegd: vergelijk de vingerafdruk hierboven met die welke het opvangcentrum u gaf, of geef ze op met --signer</translation>
    </message>
    <message>
        <source>This is a DEMO identity, not for real use.</source>
        <translation>Dit is een DEMO-identiteit, niet voor echt gebruik.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Herhaal het: </translation>
    </message>
    <message>
        <source>use YYYY-MM-DD</source>
        <translation>gebruik JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>use HH:MM (24-hour clock)</source>
        <translation>gebruik UU:MM (24-uursklok)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>voor</translation>
    </message>
    <message>
        <source>after</source>
        <translation>na</translation>
    </message>
    <message>
        <source>{time} happens twice on {date}: the clocks go back an hour that night.
  {before}: before the change (summer time, UTC+{summer})
  {after}: after the change (winter time, UTC+{winter})
Which is it? [{before}/{after}] </source>
        <translation>{time} komt twee keer voor op {date}: de klok gaat die nacht een uur terug.
  {before}: vóór de overgang (zomertijd, UTC+{summer})
  {after}: na de overgang (wintertijd, UTC+{winter})
Welke is het? [{before}/{after}] </translation>
    </message>
    <message>
        <source>Added the court date of {date} (number {id}).</source>
        <translation>Zitting van {date} toegevoegd (nummer {id}).</translation>
    </message>
    <message>
        <source>Password of the database owner: </source>
        <translation>Wachtwoord van de eigenaar van de databank: </translation>
    </message>
    <message>
        <source>Set up the server for {shelter}; this workstation now works on it.</source>
        <translation>De server voor {shelter} is ingericht; dit werkstation werkt er nu op.</translation>
    </message>
    <message>
        <source>This workstation now works on the server {host}, database {database} (recorded in {folder}).</source>
        <translation>Dit werkstation werkt nu op de server {host}, databank {database} (vastgelegd in {folder}).</translation>
    </message>
    <message>
        <source>The server&apos;s database is at revision {after} (was {before}).</source>
        <translation>De databank van de server staat op revisie {after} (was {before}).</translation>
    </message>
    <message>
        <source>Password for {user} on the server: </source>
        <translation>Wachtwoord voor {user} op de server: </translation>
    </message>
    <message>
        <source>Password for {user} in {source}: </source>
        <translation>Wachtwoord voor {user} in {source}: </translation>
    </message>
    <message>
        <source>Moved {clients} clients, {users} accounts and {entries} audit entries to the server; the counts and the audit chain were checked there.</source>
        <translation>{clients} cliënten, {users} accounts en {entries} auditregels naar de server overgebracht; de aantallen en de auditketen werden daar gecontroleerd.</translation>
    </message>
    <message>
        <source>ONE-TIME CODES (shown only this once). Give each colleague theirs, in person; with it they run &apos;shelter-desk server activate --user NAME&apos; and keep their password:</source>
        <translation>EENMALIGE CODES (slechts deze ene keer getoond). Geef elke collega persoonlijk de zijne; daarmee voert hij &apos;shelter-desk server activate --user NAAM&apos; uit en behoudt hij zijn wachtwoord:</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Eenmalige code: </translation>
    </message>
    <message>
        <source>Your server login is your password now; the one-time code no longer works.</source>
        <translation>U meldt zich nu op de server aan met uw wachtwoord; de eenmalige code werkt niet meer.</translation>
    </message>
    <message>
        <source>Voided {kind} number {id} in {code}.</source>
        <translation>{kind} nummer {id} in {code} ongeldig verklaard.</translation>
    </message>
    <message>
        <source>Planned the appointment of {when} (number {id}).</source>
        <translation>De afspraak van {when} is gepland (nummer {id}).</translation>
    </message>
    <message>
        <source>{code} is open to {user} until closed again.</source>
        <translation>{code} staat open voor {user} tot het weer gesloten wordt.</translation>
    </message>
    <message>
        <source>{code} is open to {user} until {day}.</source>
        <translation>{code} staat open voor {user} tot en met {day}.</translation>
    </message>
    <message>
        <source>{code} is closed to {user}.</source>
        <translation>{code} is gesloten voor {user}.</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non-binair</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Month and year</source>
        <translation>Maand en jaar</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Enkel het jaar</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschat</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Onderdaan van een derde land</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>Burger van de EU</translation>
    </message>
    <message>
        <source>Belgian</source>
        <translation>Belg</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>In programme</source>
        <translation>In het programma</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Social inspection</source>
        <translation>Sociale inspectie</translation>
    </message>
    <message>
        <source>Labour auditor</source>
        <translation>Arbeidsauditeur</translation>
    </message>
    <message>
        <source>Public prosecutor</source>
        <translation>Procureur des Konings</translation>
    </message>
    <message>
        <source>Immigration Office</source>
        <translation>Dienst Vreemdelingenzaken</translation>
    </message>
    <message>
        <source>Asylum reception centre</source>
        <translation>Opvangcentrum voor asielzoekers</translation>
    </message>
    <message>
        <source>CPAS / OCMW</source>
        <translation>OCMW / CPAS</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ziekenhuis</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>Ngo</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Advocaat</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>Op eigen initiatief</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>The person&apos;s own account</source>
        <translation>Het eigen verhaal van de persoon</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Reflection period</source>
        <translation>Reflectieperiode</translation>
    </message>
    <message>
        <source>Admitted to the programme</source>
        <translation>Opgenomen in het programma</translation>
    </message>
    <message>
        <source>Declined by the person</source>
        <translation>Geweigerd door de persoon</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Elders doorverwezen</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Komt niet in aanmerking</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Seksuele uitbuiting</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>Economische uitbuiting</translation>
    </message>
    <message>
        <source>Exploitation of begging</source>
        <translation>Uitbuiting van bedelarij</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>Dwang tot het plegen van misdrijven</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Orgaanwegneming</translation>
    </message>
    <message>
        <source>Aggravated smuggling</source>
        <translation>Mensensmokkel met verzwarende omstandigheden</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Horeca</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bouw</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Land- en tuinbouw</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Schoonmaak</translation>
    </message>
    <message>
        <source>Car wash</source>
        <translation>Carwash</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Kleinhandel</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>Huishoudelijk werk</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Psychosociale begeleiding</translation>
    </message>
    <message>
        <source>Administrative support</source>
        <translation>Administratieve ondersteuning</translation>
    </message>
    <message>
        <source>Legal accompaniment</source>
        <translation>Juridische begeleiding</translation>
    </message>
    <message>
        <source>Medical accompaniment</source>
        <translation>Medische begeleiding</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Werk en opleiding</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>At the shelter</source>
        <translation>In het opvangcentrum</translation>
    </message>
    <message>
        <source>Outreach / at home</source>
        <translation>Outreach / aan huis</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Rechtbank</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Politiekantoor</translation>
    </message>
    <message>
        <source>Lawyer&apos;s office</source>
        <translation>Advocatenkantoor</translation>
    </message>
    <message>
        <source>Phone or video</source>
        <translation>Telefoon of video</translation>
    </message>
    <message>
        <source>Programme support</source>
        <translation>Begeleiding in het programma</translation>
    </message>
    <message>
        <source>Sharing with the police</source>
        <translation>Delen met de politie</translation>
    </message>
    <message>
        <source>Sharing with the prosecutor or labour auditor</source>
        <translation>Delen met het parket of het arbeidsauditoraat</translation>
    </message>
    <message>
        <source>Sharing with the Immigration Office</source>
        <translation>Delen met de Dienst Vreemdelingenzaken</translation>
    </message>
    <message>
        <source>Sharing with another shelter</source>
        <translation>Delen met een ander opvangcentrum</translation>
    </message>
    <message>
        <source>Anonymous statistics</source>
        <translation>Anonieme statistieken</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <source>Oral, with a witness</source>
        <translation>Mondeling, met een getuige</translation>
    </message>
    <message>
        <source>Contact with the exploiters broken off</source>
        <translation>Contact met de uitbuiters verbroken</translation>
    </message>
    <message>
        <source>Counselling by a specialised shelter accepted</source>
        <translation>Begeleiding door een gespecialiseerd centrum aanvaard</translation>
    </message>
    <message>
        <source>Cooperation with the investigation</source>
        <translation>Medewerking aan het onderzoek</translation>
    </message>
    <message>
        <source>Complied</source>
        <translation>Nageleefd</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Aandachtspunt</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Schending</translation>
    </message>
    <message>
        <source>Public prosecutor (parquet / parket)</source>
        <translation>Procureur des Konings (parket)</translation>
    </message>
    <message>
        <source>Labour auditor (auditorat / arbeidsauditoraat)</source>
        <translation>Arbeidsauditeur (arbeidsauditoraat)</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Opsporingsonderzoek</translation>
    </message>
    <message>
        <source>Judicial investigation</source>
        <translation>Gerechtelijk onderzoek</translation>
    </message>
    <message>
        <source>Council chamber</source>
        <translation>Raadkamer</translation>
    </message>
    <message>
        <source>First instance (correctional court)</source>
        <translation>Eerste aanleg (correctionele rechtbank)</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Hoger beroep</translation>
    </message>
    <message>
        <source>Cassation</source>
        <translation>Cassatie</translation>
    </message>
    <message>
        <source>Final decision</source>
        <translation>Definitieve beslissing</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Geseponeerd</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Klager</translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation>Benadeelde persoon</translation>
    </message>
    <message>
        <source>Civil party</source>
        <translation>Burgerlijke partij</translation>
    </message>
    <message>
        <source>Introductory hearing</source>
        <translation>Inleidingszitting</translation>
    </message>
    <message>
        <source>Pleadings</source>
        <translation>Pleidooien</translation>
    </message>
    <message>
        <source>Pronouncement of judgment</source>
        <translation>Uitspraak van het vonnis</translation>
    </message>
    <message>
        <source>Appeal hearing</source>
        <translation>Zitting in hoger beroep</translation>
    </message>
    <message>
        <source>Hearing of the victim</source>
        <translation>Verhoor van het slachtoffer</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Judgment delivered</source>
        <translation>Vonnis uitgesproken</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Annex 15 (reflection period)</source>
        <translation>Bijlage 15 (reflectieperiode)</translation>
    </message>
    <message>
        <source>Unaccompanied minor: 3-month document</source>
        <translation>Niet-begeleide minderjarige: document van 3 maanden</translation>
    </message>
    <message>
        <source>Attestation of immatriculation (AI)</source>
        <translation>Attest van immatriculatie (AI)</translation>
    </message>
    <message>
        <source>A card (temporary stay)</source>
        <translation>A-kaart (tijdelijk verblijf)</translation>
    </message>
    <message>
        <source>B card (unlimited stay)</source>
        <translation>B-kaart (onbeperkt verblijf)</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Afgegeven</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Education and language</source>
        <translation>Opleiding en taal</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Verblijfsstatuut</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Daily living</source>
        <translation>Dagelijks leven</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Stopgezet</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>Aanvraag van een document</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Voortgangsrapport</translation>
    </message>
    <message>
        <source>End of guidance</source>
        <translation>Einde van de begeleiding</translation>
    </message>
    <message>
        <source>Contact with the exploiters</source>
        <translation>Contact met de uitbuiters</translation>
    </message>
    <message>
        <source>Disappearance</source>
        <translation>Verdwijning</translation>
    </message>
    <message>
        <source>Return to the country of origin</source>
        <translation>Terugkeer naar het land van herkomst</translation>
    </message>
    <message>
        <source>Breach of a programme condition</source>
        <translation>Schending van een voorwaarde van het programma</translation>
    </message>
    <message>
        <source>Autonomy reached and proceedings closed</source>
        <translation>Zelfstandigheid bereikt en procedure afgesloten</translation>
    </message>
    <message>
        <source>Voluntary return</source>
        <translation>Vrijwillige terugkeer</translation>
    </message>
    <message>
        <source>Stopped by the client</source>
        <translation>Stopgezet door de cliënt</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <translation>Verdwenen</translation>
    </message>
    <message>
        <source>Transferred to another shelter</source>
        <translation>Overgedragen aan een ander opvangcentrum</translation>
    </message>
    <message>
        <source>Not a trafficking case</source>
        <translation>Geen mensenhandel</translation>
    </message>
    <message>
        <source>Reflection period (annex 15)</source>
        <translation>Reflectieperiode (bijlage 15)</translation>
    </message>
    <message>
        <source>Attestation of immatriculation</source>
        <translation>Attest van immatriculatie</translation>
    </message>
    <message>
        <source>A card</source>
        <translation>A-kaart</translation>
    </message>
    <message>
        <source>B card</source>
        <translation>B-kaart</translation>
    </message>
    <message>
        <source>Minor&apos;s document</source>
        <translation>Document voor minderjarige</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Residence document reminder</source>
        <translation>Herinnering verblijfsdocument</translation>
    </message>
    <message>
        <source>Request the next residence document</source>
        <translation>Volgend verblijfsdocument aanvragen</translation>
    </message>
    <message>
        <source>Residence document expires</source>
        <translation>Verblijfsdocument vervalt</translation>
    </message>
    <message>
        <source>Appeal deadline</source>
        <translation>Termijn voor hoger beroep</translation>
    </message>
    <message>
        <source>Compensation claim deadline</source>
        <translation>Termijn voor de aanvraag tot financiële hulp</translation>
    </message>
    <message>
        <source>Condition check due</source>
        <translation>Controle van de voorwaarden</translation>
    </message>
    <message>
        <source>Programme review</source>
        <translation>Evaluatie van het programma</translation>
    </message>
    <message>
        <source>Consent to review</source>
        <translation>Toestemming te herbekijken</translation>
    </message>
    <message>
        <source>Breach to report to the prosecutor</source>
        <translation>Schending te melden aan het parket</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Afgesproken actie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Meeting with the lawyer</source>
        <translation>Overleg met de advocaat</translation>
    </message>
    <message>
        <source>Team decision</source>
        <translation>Teambeslissing</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>Counselling session</source>
        <translation>Begeleidingsgesprek</translation>
    </message>
    <message>
        <source>Accompaniment to a hearing</source>
        <translation>Begeleiding naar een zitting</translation>
    </message>
    <message>
        <source>Accompaniment to the Immigration Office</source>
        <translation>Begeleiding naar de Dienst Vreemdelingenzaken</translation>
    </message>
    <message>
        <source>Medical appointment</source>
        <translation>Medische afspraak</translation>
    </message>
    <message>
        <source>Appointment with the lawyer</source>
        <translation>Afspraak met de advocaat</translation>
    </message>
    <message>
        <source>Other appointment</source>
        <translation>Andere afspraak</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Name the first director with --user NAME.</source>
        <translation>Geef de eerste directeur op met --user NAAM.</translation>
    </message>
    <message>
        <source>With the recovery code, use &apos;users reset NAME&apos; instead.</source>
        <translation>Gebruik met de herstelcode in de plaats &apos;users reset NAME&apos;.</translation>
    </message>
    <message>
        <source>--clients takes a number from 1 to {most}.</source>
        <translation>--clients neemt een getal van 1 tot {most}.</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME (or use --recovery).</source>
        <translation>Zeg wie u bent met --user NAAM (of gebruik --recovery).</translation>
    </message>
    <message>
        <source>Log in with a password first.</source>
        <translation>Log eerst in met een wachtwoord.</translation>
    </message>
    <message>
        <source>--anchor: {problem}</source>
        <translation>--anchor: {problem}</translation>
    </message>
    <message>
        <source>{path} is too large ({size} MB) to be a report or a case file; nothing was checked.</source>
        <translation>{path} is te groot ({size} MB) om een rapport of een dossier te zijn; er werd niets gecontroleerd.</translation>
    </message>
    <message>
        <source>Cannot read the trust root {path}: {reason}</source>
        <translation>Kan de vertrouwensbasis {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the timestamp authority&apos;s root {path}: {reason}</source>
        <translation>Kan het rootcertificaat van de tijdstempeldienst {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the certificate chain {path}: {reason}</source>
        <translation>Kan de certificaatketen {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>{path}: {problem}; nothing was checked.</source>
        <translation>{path}: {problem}; er werd niets gecontroleerd.</translation>
    </message>
    <message>
        <source>{path} is not an intact signed report; nothing was added.</source>
        <translation>{path} is geen ongeschonden ondertekend rapport; er werd niets toegevoegd.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan {path} niet lezen: {reason}</translation>
    </message>
    <message>
        <source>Expected {what} on standard input (one per line).</source>
        <translation>Verwacht op de standaardinvoer: {what} (één per regel).</translation>
    </message>
    <message>
        <source>Nothing was typed for “{what}” (no terminal, and standard input ended).</source>
        <translation>Er werd niets ingetypt voor “{what}” (geen terminal, en de standaardinvoer is afgelopen).</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>De twee wachtwoorden verschillen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The PKCS#12 passphrase is not correct (or the file is damaged).</source>
        <translation>De wachtwoordzin van het PKCS#12-bestand is niet juist (of het bestand is beschadigd).</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 file (.p12 or .pfx with a key and its certificate).</source>
        <translation>Dit is geen PKCS#12-bestand (.p12 of .pfx met een sleutel en zijn certificaat).</translation>
    </message>
    <message>
        <source>The token PIN is not correct.</source>
        <translation>De pincode van het token is niet juist.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key with its certificate.</source>
        <translation>Het PKCS#12-bestand bevat geen privésleutel met bijbehorend certificaat.</translation>
    </message>
    <message>
        <source>The token &apos;{token}&apos; could not be opened ({reason}).</source>
        <translation>Het token &apos;{token}&apos; kon niet worden geopend ({reason}).</translation>
    </message>
    <message>
        <source>The timestamp authority did not answer ({reason}). Check its address under Signing, or try again later.</source>
        <translation>De tijdstempeldienst antwoordde niet ({reason}). Controleer het adres onder Ondertekening, of probeer later opnieuw.</translation>
    </message>
    <message>
        <source>The signature could not be made ({reason}).</source>
        <translation>De handtekening kon niet worden geplaatst ({reason}).</translation>
    </message>
    <message>
        <source>There is no such client.</source>
        <translation>Deze cliënt bestaat niet.</translation>
    </message>
    <message>
        <source>There is no such referral.</source>
        <translation>Deze doorverwijzing bestaat niet.</translation>
    </message>
    <message>
        <source>There is no such exploitation record.</source>
        <translation>Dit uitbuitingsgegeven bestaat niet.</translation>
    </message>
    <message>
        <source>You are not allowed to {action}. The attempt was recorded.</source>
        <translation>U hebt geen toestemming om {action}. De poging is geregistreerd.</translation>
    </message>
    <message>
        <source>There is no such goal.</source>
        <translation>Deze doelstelling bestaat niet.</translation>
    </message>
    <message>
        <source>There is no such judicial case.</source>
        <translation>Deze gerechtelijke zaak bestaat niet.</translation>
    </message>
    <message>
        <source>There is no such court date.</source>
        <translation>Deze zittingsdatum bestaat niet.</translation>
    </message>
    <message>
        <source>This appointment was held: its session is in the Sessions tab.</source>
        <translation>Deze afspraak werd gehouden: het gesprek staat op het tabblad Gesprekken.</translation>
    </message>
    <message>
        <source>This appointment was cancelled: plan a new one instead.</source>
        <translation>Deze afspraak werd geannuleerd: plan in de plaats een nieuwe.</translation>
    </message>
    <message>
        <source>There is no such record.</source>
        <translation>Dit gegeven bestaat niet.</translation>
    </message>
    <message>
        <source>There is no client with case code {code}.</source>
        <translation>Er is geen cliënt met dossiercode {code}.</translation>
    </message>
    <message>
        <source>A shelter_desk database already exists in {folder}.</source>
        <translation>Er bestaat al een shelter_desk-databank in {folder}.</translation>
    </message>
    <message>
        <source>No signing identity is set up. An administrator sets one up under Administration &gt; Signing, or with &apos;shelter-desk signing&apos;.</source>
        <translation>Er is geen handtekeningidentiteit ingesteld. Een beheerder stelt er een in onder Beheer &gt; Ondertekening, of met &apos;shelter-desk signing&apos;.</translation>
    </message>
    <message>
        <source>No PKCS#11 module at {path}.</source>
        <translation>Geen PKCS#11-module op {path}.</translation>
    </message>
    <message>
        <source>No certificate labelled &apos;{label}&apos; on the token.</source>
        <translation>Geen certificaat met label &apos;{label}&apos; op het token.</translation>
    </message>
    <message>
        <source>No timestamp authority is set up. An administrator sets one up under Administration &gt; Signing, or with &apos;shelter-desk signing tsa --url URL&apos;.</source>
        <translation>Er is geen tijdstempeldienst ingesteld. Een beheerder stelt er een in onder Beheer &gt; Ondertekening, of met &apos;shelter-desk signing tsa --url URL&apos;.</translation>
    </message>
    <message>
        <source>There is no user named {name}.</source>
        <translation>Er is geen gebruiker met de naam {name}.</translation>
    </message>
    <message>
        <source>The recovery code has no password to change; reset a user instead.</source>
        <translation>De herstelcode heeft geen wachtwoord om te wijzigen; stel in de plaats het wachtwoord van een gebruiker opnieuw in.</translation>
    </message>
    <message>
        <source>Keep backups outside the data folder (on another disk, in the safe).</source>
        <translation>Bewaar back-ups buiten de gegevensmap (op een andere schijf, in de kluis).</translation>
    </message>
    <message>
        <source>This file is not a shelter_desk backup (unexpected content).</source>
        <translation>Dit bestand is geen shelter_desk-back-up (onverwachte inhoud).</translation>
    </message>
    <message>
        <source>This file is not a shelter_desk backup.</source>
        <translation>Dit bestand is geen shelter_desk-back-up.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of shelter_desk.</source>
        <translation>Deze back-up is gemaakt door een nieuwere versie van shelter_desk.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is incomplete.</source>
        <translation>Het manifest van de back-up is onvolledig.</translation>
    </message>
    <message>
        <source>The backup is damaged: {member} does not match its hash.</source>
        <translation>De back-up is beschadigd: {member} komt niet overeen met zijn hash.</translation>
    </message>
    <message>
        <source>No such backup file: {path}</source>
        <translation>Back-upbestand bestaat niet: {path}</translation>
    </message>
    <message>
        <source>The backup file is damaged or is not a shelter_desk backup.</source>
        <translation>Het back-upbestand is beschadigd of is geen shelter_desk-back-up.</translation>
    </message>
    <message>
        <source>The backup holds no shelter_desk database.</source>
        <translation>De back-up bevat geen shelter_desk-databank.</translation>
    </message>
    <message>
        <source>The key-slot file is missing, so the database cannot be opened. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;.</source>
        <translation>Het sleutelbestand ontbreekt, dus de databank kan niet worden geopend. Zet de laatste back-up terug met &apos;shelter-desk restore BACKUP-FILE&apos;.</translation>
    </message>
    <message>
        <source>No shelter_desk database in {folder}. Create one with &apos;shelter-desk init&apos;.</source>
        <translation>Geen shelter_desk-databank in {folder}. Maak er een aan met &apos;shelter-desk init&apos;.</translation>
    </message>
    <message>
        <source>The database file is missing. Nothing was created or changed. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;.</source>
        <translation>Het databankbestand ontbreekt. Er werd niets aangemaakt of gewijzigd. Zet de laatste back-up terug met &apos;shelter-desk restore BACKUP-FILE&apos;.</translation>
    </message>
    <message>
        <source>The database file {file} is empty (0 bytes). Nothing was created or changed. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;.</source>
        <translation>Het databankbestand {file} is leeg (0 bytes). Er werd niets aangemaakt of gewijzigd. Zet de laatste back-up terug met &apos;shelter-desk restore BACKUP-FILE&apos;.</translation>
    </message>
    <message>
        <source>The file {file} is not a shelter_desk database. Nothing was created or changed. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;.</source>
        <translation>Het bestand {file} is geen shelter_desk-databank. Er werd niets aangemaakt of gewijzigd. Zet de laatste back-up terug met &apos;shelter-desk restore BACKUP-FILE&apos;.</translation>
    </message>
    <message>
        <source>The user {name} already has a key.</source>
        <translation>De gebruiker {name} heeft al een sleutel.</translation>
    </message>
    <message>
        <source>The user {name} has no key.</source>
        <translation>De gebruiker {name} heeft geen sleutel.</translation>
    </message>
    <message>
        <source>You cannot remove your own key.</source>
        <translation>U kunt uw eigen sleutel niet verwijderen.</translation>
    </message>
    <message>
        <source>The database is locked.</source>
        <translation>De databank is vergrendeld.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted; nothing was changed and everyone still opens it. Try again.</source>
        <translation>De databank kon niet opnieuw worden versleuteld; er werd niets gewijzigd en iedereen kan ze nog openen. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>De gebruikersnaam of het wachtwoord is niet juist.</translation>
    </message>
    <message>
        <source>The database is damaged and was not opened. Nothing was changed. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;. ({detail})</source>
        <translation>De databank is beschadigd en werd niet geopend. Er is niets gewijzigd. Zet de laatste back-up terug met &apos;shelter-desk restore BACKUP-FILE&apos;. ({detail})</translation>
    </message>
    <message>
        <source>The database could not be brought up to this version of shelter_desk and was not opened. Nothing was changed; a copy made just before is at {copy}. Tell the shelter&apos;s IT, with this detail: {detail}</source>
        <translation>De databank kon niet worden bijgewerkt naar deze versie van shelter_desk en werd niet geopend. Er is niets gewijzigd; een kopie van net daarvoor staat in {copy}. Meld het aan de IT van het opvangcentrum, met dit detail: {detail}</translation>
    </message>
    <message>
        <source>A value on the shelter&apos;s server does not open ({detail}): it was changed on the server itself, or written under another key. Nothing was changed. Tell the shelter&apos;s IT: they restore the server from its own backup, or set up a new server and move the latest backup onto it with &apos;shelter-desk server import --from-backup FILE&apos;.</source>
        <translation>Een waarde op de server van het opvangcentrum gaat niet open ({detail}): ze werd op de server zelf gewijzigd, of onder een andere sleutel geschreven. Er werd niets gewijzigd. Meld het aan de IT van het centrum: zij zetten de server terug uit haar eigen back-up, of richten een nieuwe server in en zetten de laatste back-up erop met &apos;shelter-desk server import --from-backup BESTAND&apos;.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged or unreadable and was not changed. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;. ({detail})</source>
        <translation>Het sleutelbestand is beschadigd of onleesbaar en werd niet gewijzigd. Zet de laatste back-up terug met &apos;shelter-desk restore BACKUP-FILE&apos;. ({detail})</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written (it is read-only or not yours). Nothing was changed; the database itself is intact.</source>
        <translation>In de gegevensmap {folder} kan niet worden geschreven (ze is alleen-lezen of niet van u). Er werd niets gewijzigd; de databank zelf is intact.</translation>
    </message>
    <message>
        <source>The disk is full ({folder}). Nothing more was changed and the database is intact; free some space and try again.</source>
        <translation>De schijf is vol ({folder}). Er werd niets meer gewijzigd en de databank is intact; maak ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Another program is using the database ({operation}, since {time}). Nothing was changed; try again when it has finished.</source>
        <translation>Een ander programma gebruikt de databank ({operation}, sinds {time}). Er werd niets gewijzigd; probeer opnieuw als het klaar is.</translation>
    </message>
    <message>
        <source>Another program is using the database. Nothing was changed; try again in a moment.</source>
        <translation>Een ander programma gebruikt de databank. Er werd niets gewijzigd; probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The key-slot file was changed by another program meanwhile; nothing was written. Try again.</source>
        <translation>Het sleutelbestand werd intussen door een ander programma gewijzigd; er werd niets geschreven. Probeer opnieuw.</translation>
    </message>
    <message>
        <source>The database was re-encrypted or restored by another program and this session can no longer open it. Log in again.</source>
        <translation>De databank werd door een ander programma opnieuw versleuteld of teruggezet en deze sessie kan ze niet meer openen. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>A database key must be 32 random bytes; an empty key is refused.</source>
        <translation>Een databanksleutel moet uit 32 willekeurige bytes bestaan; een lege sleutel wordt geweigerd.</translation>
    </message>
    <message>
        <source>An empty password or recovery code is refused.</source>
        <translation>Een leeg wachtwoord of een lege herstelcode wordt geweigerd.</translation>
    </message>
    <message>
        <source>The database connection is missing required security settings: {settings}</source>
        <translation>De verbinding met de databank mist vereiste beveiligingsinstellingen: {settings}</translation>
    </message>
    <message>
        <source>SQLCipher 4 is required; this installation has {version}.</source>
        <translation>SQLCipher 4 is vereist; deze installatie heeft {version}.</translation>
    </message>
    <message>
        <source>An export came out unencrypted; it was not kept.</source>
        <translation>Een export was niet versleuteld; ze werd niet bewaard.</translation>
    </message>
    <message>
        <source>No answer: nothing was saved. Say --clock-change before or --clock-change after.</source>
        <translation>Geen antwoord: er werd niets opgeslagen. Geef --clock-change before of --clock-change after op.</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME (a director of the local database).</source>
        <translation>Zeg wie u bent met --user NAAM (een directeur van de lokale databank).</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME.</source>
        <translation>Zeg wie u bent met --user NAAM.</translation>
    </message>
    <message>
        <source>Changed by {name} at {time} — reload.</source>
        <translation>Gewijzigd door {name} om {time} — laad opnieuw.</translation>
    </message>
    <message>
        <source>This workstation works on the shelter&apos;s server: a backup goes back onto a newly set-up server with &apos;shelter-desk server import --from-backup FILE&apos;.</source>
        <translation>Dit werkstation werkt op de server van het opvangcentrum: een back-up gaat terug naar een pas ingerichte server met &apos;shelter-desk server import --from-backup BESTAND&apos;.</translation>
    </message>
    <message>
        <source>The audit trail does not verify on the server ({problem}); nothing was moved.</source>
        <translation>De audittrail klopt niet op de server ({problem}); er werd niets overgebracht.</translation>
    </message>
    <message>
        <source>Name one source: --from-data-dir DIR or --from-backup FILE.</source>
        <translation>Geef één bron: --from-data-dir MAP of --from-backup BESTAND.</translation>
    </message>
    <message>
        <source>Give the server as postgresql://HOST[:PORT]/DATABASE (the database name in lower case letters, digits and _, at most 30).</source>
        <translation>Geef de server op als postgresql://HOST[:POORT]/DATABANK (de naam van de databank in kleine letters, cijfers en _, hoogstens 30).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate authority is needed to check the server: add ?sslrootcert=CA.pem to the address (or --ca CA.pem).</source>
        <translation>De certificaatautoriteit van de server is nodig om de server te controleren: voeg ?sslrootcert=CA.pem toe aan het adres (of --ca CA.pem).</translation>
    </message>
    <message>
        <source>Only sslmode=verify-full is accepted: the workstation must check that it talks to the shelter&apos;s server.</source>
        <translation>Alleen sslmode=verify-full wordt aanvaard: het werkstation moet nagaan dat het met de server van het opvangcentrum spreekt.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for.</source>
        <translation>Laat het wachtwoord weg uit het adres: het wordt gevraagd.</translation>
    </message>
    <message>
        <source>The server settings in {file} are damaged; run &apos;shelter-desk server connect&apos; again.</source>
        <translation>De serverinstellingen in {file} zijn beschadigd; voer &apos;shelter-desk server connect&apos; opnieuw uit.</translation>
    </message>
    <message>
        <source>The shelter&apos;s server {host} cannot be reached. Check the network cable or ask the shelter&apos;s IT; nothing was changed.</source>
        <translation>De server {host} van het opvangcentrum is niet bereikbaar. Controleer de netwerkkabel of vraag het aan de IT van het centrum; er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server {host} did not prove it is the shelter&apos;s server (its certificate does not match the shelter&apos;s CA or its name). Nothing was sent.</source>
        <translation>De server {host} heeft niet bewezen dat hij de server van het opvangcentrum is (zijn certificaat past niet bij de CA van het centrum of bij zijn naam). Er werd niets verzonden.</translation>
    </message>
    <message>
        <source>The shelter&apos;s server {host} does not accept connections from this workstation to this database; the shelter&apos;s IT allows it (pg_hba.conf, see docs/server.md). Nothing was changed.</source>
        <translation>De server {host} van het opvangcentrum aanvaardt geen verbindingen van dit werkstation met deze databank; de IT van het centrum staat ze toe (pg_hba.conf, zie docs/server.md). Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server refused this change: your account may not make it. Nothing was changed.</source>
        <translation>De server weigerde deze wijziging: uw account mag ze niet maken. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server already holds a shelter&apos;s records: a database moves in only onto a server just set up with &apos;shelter-desk server init&apos;. Nothing was changed.</source>
        <translation>De server bevat al de gegevens van een opvangcentrum: een databank wordt alleen overgebracht naar een server die net met &apos;shelter-desk server init&apos; werd ingericht. Er werd niets gewijzigd.</translation>
    </message>
    <message>
        <source>{user} is not a director of the database in {folder}: a director of it moves it in.</source>
        <translation>{user} is geen directeur van de databank in {folder}: een directeur ervan brengt ze over.</translation>
    </message>
    <message>
        <source>The server does not hold the same number of records as the local database; nothing was moved.</source>
        <translation>De server bevat niet evenveel gegevens als de lokale databank; er werd niets overgebracht.</translation>
    </message>
    <message>
        <source>Name the database&apos;s owner role in the address: postgresql://OWNER@HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA.pem</source>
        <translation>Vermeld de eigenaarsrol van de databank in het adres: postgresql://EIGENAAR@HOST:POORT/DATABANK?sslmode=verify-full&amp;sslrootcert=CA.pem</translation>
    </message>
    <message>
        <source>This workstation already works on a server ({file}).</source>
        <translation>Dit werkstation werkt al op een server ({file}).</translation>
    </message>
    <message>
        <source>The database {database} on the server already holds a shelter_desk installation.</source>
        <translation>De databank {database} op de server bevat al een shelter_desk-installatie.</translation>
    </message>
    <message>
        <source>The database {database} holds no shelter_desk installation: set it up with &apos;shelter-desk server init&apos;.</source>
        <translation>De databank {database} bevat geen shelter_desk-installatie: richt ze in met &apos;shelter-desk server init&apos;.</translation>
    </message>
    <message>
        <source>The shelter&apos;s server holds an older database ({revision}); the shelter&apos;s IT upgrades it with &apos;shelter-desk server upgrade&apos;.</source>
        <translation>De server van het opvangcentrum bevat een oudere databank ({revision}); de IT van het centrum werkt ze bij met &apos;shelter-desk server upgrade&apos;.</translation>
    </message>
    <message>
        <source>The shelter&apos;s server was not upgraded for this version of the program; the shelter&apos;s IT upgrades it with &apos;shelter-desk server upgrade&apos;.</source>
        <translation>De server van het opvangcentrum is niet bijgewerkt voor deze versie van het programma; de IT van het centrum werkt hem bij met &apos;shelter-desk server upgrade&apos;.</translation>
    </message>
    <message>
        <source>This record was voided: it can no longer be changed.</source>
        <translation>Deze registratie werd ongeldig verklaard: ze kan niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>This record was voided already.</source>
        <translation>Deze registratie werd al ongeldig verklaard.</translation>
    </message>
    <message>
        <source>This saved view no longer exists.</source>
        <translation>Deze opgeslagen weergave bestaat niet meer.</translation>
    </message>
    <message>
        <source>This reminder is no longer due: the file changed since the list was shown.</source>
        <translation>Deze herinnering is niet meer aan de orde: het dossier is gewijzigd sinds de lijst getoond werd.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Opvangcentrum</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Timestamp authority</source>
        <translation>Tijdstempeldienst</translation>
    </message>
    <message>
        <source>Timestamp authority&apos;s root certificate</source>
        <translation>Rootcertificaat van de tijdstempeldienst</translation>
    </message>
    <message>
        <source>Trust root</source>
        <translation>Vertrouwensbasis</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Certificaatketen</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliassen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Date of birth known to</source>
        <translation>Geboortedatum gekend tot op</translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation>Geslacht / gender</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minderjarig</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Voogd</translation>
    </message>
    <message>
        <source>Guardian&apos;s contact</source>
        <translation>Contactgegevens van de voogd</translation>
    </message>
    <message>
        <source>Residence track</source>
        <translation>Verblijfstraject</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Datum van de intake</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Datum van doorverwijzing</translation>
    </message>
    <message>
        <source>Referring service</source>
        <translation>Doorverwijzende dienst</translation>
    </message>
    <message>
        <source>Referring unit</source>
        <translation>Doorverwijzende eenheid</translation>
    </message>
    <message>
        <source>Detected on the basis of</source>
        <translation>Gedetecteerd op basis van</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Leaflet language</source>
        <translation>Taal van de folder</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Vormen van uitbuiting</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Loverboy method</source>
        <translation>Loverboytechniek</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Exploited from</source>
        <translation>Uitgebuit van</translation>
    </message>
    <message>
        <source>Exploited until</source>
        <translation>Uitgebuit tot</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duur (minuten)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Interpreter&apos;s language</source>
        <translation>Taal van de tolk</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Vertrouwelijke notities</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Hoe ze gegeven werd</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Getuige</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Referentie van het document</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Why it was cancelled</source>
        <translation>Waarom ze geannuleerd werd</translation>
    </message>
    <message>
        <source>Recorded session</source>
        <translation>Geregistreerd gesprek</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation>Datum van de controle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Vastgestelde elementen</translation>
    </message>
    <message>
        <source>Why the breach was not reported</source>
        <translation>Waarom de schending niet gemeld werd</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Parket / auditoraat</translation>
    </message>
    <message>
        <source>Judicial district</source>
        <translation>Gerechtelijk arrondissement</translation>
    </message>
    <message>
        <source>Reference magistrate</source>
        <translation>Referentiemagistraat</translation>
    </message>
    <message>
        <source>Police report (PV) number</source>
        <translation>Nummer van het proces-verbaal (pv)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Notitienummer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Geopend op</translation>
    </message>
    <message>
        <source>Final decision on</source>
        <translation>Definitieve beslissing op</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Hoedanigheid</translation>
    </message>
    <message>
        <source>Standing since</source>
        <translation>Hoedanigheid sinds</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Advocaat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Rechtbank</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Clock change</source>
        <translation>Uuroverschakeling</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Client attended</source>
        <translation>Cliënt was aanwezig</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Afgegeven op</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vervalt op</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>Verlengt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Vastgelegd op</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Vordering (%)</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Bereikt op</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bestemmeling</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Lock after (minutes idle)</source>
        <translation>Vergrendelen na (minuten inactief)</translation>
    </message>
    <message>
        <source>With an interpreter</source>
        <translation>Met een tolk</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Juridische tweedelijnsbijstand (pro deo)</translation>
    </message>
    <message>
        <source>Reported to the prosecutor</source>
        <translation>Gemeld aan het parket</translation>
    </message>
    <message>
        <source>Reported to the Immigration Office</source>
        <translation>Gemeld aan de Dienst Vreemdelingenzaken</translation>
    </message>
    <message>
        <source>A support person was present</source>
        <translation>Er was een vertrouwenspersoon aanwezig</translation>
    </message>
    <message>
        <source>The client stopped the interview</source>
        <translation>De cliënt stopte het gesprek</translation>
    </message>
    <message>
        <source>The client asked questions</source>
        <translation>De cliënt stelde vragen</translation>
    </message>
    <message>
        <source>The client must attend</source>
        <translation>De cliënt moet aanwezig zijn</translation>
    </message>
    <message>
        <source>A counsellor accompanies</source>
        <translation>Een begeleider gaat mee</translation>
    </message>
    <message>
        <source>Interpreter arranged</source>
        <translation>Tolk geregeld</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Afgesproken actie</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Tegen</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Form of exploitation</source>
        <translation>Vorm van uitbuiting</translation>
    </message>
    <message>
        <source>Intake from</source>
        <translation>Intake vanaf</translation>
    </message>
    <message>
        <source>Intake to</source>
        <translation>Intake tot</translation>
    </message>
    <message>
        <source>Has an overdue item</source>
        <translation>Heeft iets achterstalligs</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Naam van de weergave</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Uitgesteld tot</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Condition check</source>
        <translation>Controle van een voorwaarde</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Zittingsdatum</translation>
    </message>
    <message>
        <source>Judicial case</source>
        <translation>Gerechtelijk dossier</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Verblijfsdocument</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Afgesproken actie</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Dossiernotitie</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>De gebruikersnaam of het wachtwoord is niet juist.</translation>
    </message>
    <message>
        <source>The database is missing or empty and was not opened.</source>
        <translation>De databank ontbreekt of is leeg en werd niet geopend.</translation>
    </message>
    <message>
        <source>The database is damaged and was not opened.</source>
        <translation>De databank is beschadigd en werd niet geopend.</translation>
    </message>
    <message>
        <source>Nothing was changed.

Restore the latest backup: type the user name and password of an administrator of that backup (or its recovery code), then press “Restore from a backup…”.</source>
        <translation>Er werd niets gewijzigd.

Zet de laatste back-up terug: typ de gebruikersnaam en het wachtwoord van een beheerder van die back-up (of de herstelcode ervan) en klik dan op „Back-up terugzetten…”.</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>ingetrokken op {date}</translation>
    </message>
    <message>
        <source>never given</source>
        <translation>nooit gegeven</translation>
    </message>
    <message>
        <source>Refused: {case} has no consent for “{purpose}” ({why}). The refusal was recorded.</source>
        <translation>Geweigerd: {case} heeft geen toestemming voor “{purpose}” ({why}). De weigering werd geregistreerd.</translation>
    </message>
    <message>
        <source>The file could not be written or read: {reason}</source>
        <translation>Het bestand kon niet geschreven of gelezen worden: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). Nothing was saved. Please report it.</source>
        <translation>Er ging iets mis ({error}). Er werd niets bewaard. Meld het alstublieft.</translation>
    </message>
    <message>
        <source>shelter_desk</source>
        <translation>shelter_desk</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>backup</source>
        <translation>back-up</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>terugzetten</translation>
    </message>
    <message>
        <source>re-encryption</source>
        <translation>herversleuteling</translation>
    </message>
    <message>
        <source>database upgrade</source>
        <translation>bijwerking van de databank</translation>
    </message>
    <message>
        <source>user accounts change</source>
        <translation>wijziging van gebruikersaccounts</translation>
    </message>
    <message>
        <source>password change</source>
        <translation>wachtwoordwijziging</translation>
    </message>
    <message>
        <source>new recovery code</source>
        <translation>nieuwe herstelcode</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>aanmaken van de databank</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>work on this client&apos;s file</source>
        <translation>aan het dossier van deze cliënt te werken</translation>
    </message>
    <message>
        <source>assign counsellors</source>
        <translation>begeleiders toe te wijzen</translation>
    </message>
    <message>
        <source>grant access to client files</source>
        <translation>toegang tot cliëntdossiers te verlenen</translation>
    </message>
    <message>
        <source>run the integrity check</source>
        <translation>de integriteitscontrole uit te voeren</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>back-ups te maken</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>back-ups terug te zetten</translation>
    </message>
    <message>
        <source>work on client files</source>
        <translation>aan cliëntdossiers te werken</translation>
    </message>
    <message>
        <source>record case work with the recovery code</source>
        <translation>dossierwerk te registreren met de herstelcode</translation>
    </message>
    <message>
        <source>make reports or exports</source>
        <translation>verslagen of exports te maken</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>de instellingen te wijzigen</translation>
    </message>
    <message>
        <source>set up the signing identity</source>
        <translation>de handtekeningidentiteit in te stellen</translation>
    </message>
    <message>
        <source>add timestamps to signed reports</source>
        <translation>tijdstempels toevoegen aan ondertekende rapporten</translation>
    </message>
    <message>
        <source>sign reports</source>
        <translation>verslagen te ondertekenen</translation>
    </message>
    <message>
        <source>see the user accounts</source>
        <translation>de gebruikersaccounts te bekijken</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>gebruikersaccounts te beheren</translation>
    </message>
    <message>
        <source>renew the recovery code</source>
        <translation>de herstelcode te vernieuwen</translation>
    </message>
    <message>
        <source>seal the audit history</source>
        <translation>de audittrail verzegelen</translation>
    </message>
    <message>
        <source>void a record someone else entered (its author or a director may)</source>
        <translation>een registratie van iemand anders ongeldig te verklaren (wie ze invoerde of een directeur mag dat)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Progress report</source>
        <translation>Voortgangsrapport</translation>
    </message>
    <message>
        <source>For the public prosecutor or labour auditor in charge</source>
        <translation>Voor de bevoegde procureur des Konings of arbeidsauditeur</translation>
    </message>
    <message>
        <source>For the public prosecutor&apos;s office, {place}</source>
        <translation>Voor het parket {place}</translation>
    </message>
    <message>
        <source>For the labour auditor&apos;s office, {place}</source>
        <translation>Voor het arbeidsauditoraat {place}</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTROUWELIJK</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Made on {date} by {author}</source>
        <translation>Opgemaakt op {date} door {author}</translation>
    </message>
    <message>
        <source>Period covered: {start} to {end}</source>
        <translation>Periode: {start} tot {end}</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Dossiercode</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Withheld: the client has not consented to sharing their identity with the prosecutor or labour auditor. The case code identifies the file.</source>
        <translation>Niet vermeld: de cliënt gaf geen toestemming om de identiteit te delen met het parket of het arbeidsauditoraat. De dossiercode identificeert het dossier.</translation>
    </message>
    <message>
        <source>Withheld: on {date} the client withdrew their consent to sharing their identity with the prosecutor or labour auditor. The case code identifies the file.</source>
        <translation>Niet vermeld: op {date} trok de cliënt de toestemming in om de identiteit te delen met het parket of het arbeidsauditoraat. De dossiercode identificeert het dossier.</translation>
    </message>
    <message>
        <source>Not included in this report. The case code identifies the file.</source>
        <translation>Niet opgenomen in dit rapport. De dossiercode identificeert het dossier.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Ook bekend als</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationaliteit</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Programme phase</source>
        <translation>Fase van het programma</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Verblijfsdocument</translation>
    </message>
    <message>
        <source>{document}, issued {issued}, valid until {expires}</source>
        <translation>{document}, afgegeven op {issued}, geldig tot {expires}</translation>
    </message>
    <message>
        <source>none at present</source>
        <translation>momenteel geen</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Datum van de intake</translation>
    </message>
    <message>
        <source>{phase} (not yet admitted to the programme)</source>
        <translation>{phase} (nog niet tot het programma toegelaten)</translation>
    </message>
    <message>
        <source>1. The three conditions of the programme</source>
        <translation>1. De drie voorwaarden van het programma</translation>
    </message>
    <message>
        <source>Latest check</source>
        <translation>Laatste controle</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <source>Concerns and breaches, with the evidence recorded:</source>
        <translation>Aandachtspunten en schendingen, met de vastgestelde elementen:</translation>
    </message>
    <message>
        <source>No concern or breach was recorded.</source>
        <translation>Er werd geen aandachtspunt of schending vastgesteld.</translation>
    </message>
    <message>
        <source>(the prosecutor was notified)</source>
        <translation>(het parket werd ingelicht)</translation>
    </message>
    <message>
        <source>2. Counselling</source>
        <translation>2. Begeleiding</translation>
    </message>
    <message>
        <source>{count} counselling sessions since {since}.</source>
        <translation>{count} begeleidingsgesprekken sinds {since}.</translation>
    </message>
    <message>
        <source>One counselling session, on {since}.</source>
        <translation>Eén begeleidingsgesprek, op {since}.</translation>
    </message>
    <message>
        <source>No counselling session is recorded yet.</source>
        <translation>Er is nog geen begeleidingsgesprek opgenomen.</translation>
    </message>
    <message>
        <source>The client stopped {count} interview(s), as is their right (Control).</source>
        <translation>De cliënt stopte {count} gesprek(ken), zoals zijn of haar recht is (controle).</translation>
    </message>
    <message>
        <source>Most recent sessions</source>
        <translation>Recentste gesprekken</translation>
    </message>
    <message>
        <source>Sessions by kind</source>
        <translation>Gesprekken per soort</translation>
    </message>
    <message>
        <source>What is said in counselling is confidential and is not part of this report.</source>
        <translation>Wat in de begeleiding gezegd wordt, is vertrouwelijk en maakt geen deel uit van dit rapport.</translation>
    </message>
    <message>
        <source>3. Judicial proceedings</source>
        <translation>3. Gerechtelijke procedure</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Parket / auditoraat</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <source>PV / case number</source>
        <translation>Pv / notitienummer</translation>
    </message>
    <message>
        <source>Standing of the victim</source>
        <translation>Hoedanigheid van het slachtoffer</translation>
    </message>
    <message>
        <source>Court dates and the client&apos;s attendance</source>
        <translation>Zittingen en aanwezigheid van de cliënt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Rechtbank</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>nog te komen</translation>
    </message>
    <message>
        <source>{time} (summer time, before the clocks went back)</source>
        <translation>{time} (zomertijd, vóór de klok werd teruggezet)</translation>
    </message>
    <message>
        <source>{time} (winter time, after the clocks went back)</source>
        <translation>{time} (wintertijd, nadat de klok werd teruggezet)</translation>
    </message>
    <message>
        <source>No judicial case is recorded.</source>
        <translation>Er is geen gerechtelijk dossier opgenomen.</translation>
    </message>
    <message>
        <source>No court date is recorded.</source>
        <translation>Er is geen zitting opgenomen.</translation>
    </message>
    <message>
        <source>4. Autonomy</source>
        <translation>4. Zelfstandigheid</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Vordering</translation>
    </message>
    <message>
        <source>{status} (target date: {date})</source>
        <translation>{status} (streefdatum: {date})</translation>
    </message>
    <message>
        <source>No autonomy goal is recorded yet.</source>
        <translation>Er is nog geen zelfstandigheidsdoel opgenomen.</translation>
    </message>
    <message>
        <source>Progress per goal (%)</source>
        <translation>Vordering per doel (%)</translation>
    </message>
    <message>
        <source>5. Consent basis of this report</source>
        <translation>5. Toestemming waarop dit rapport steunt</translation>
    </message>
    <message>
        <source>This report rests on the client&apos;s consent to “{basis}”, given on {date}.</source>
        <translation>Dit rapport steunt op de toestemming van de cliënt voor “{basis}”, gegeven op {date}.</translation>
    </message>
    <message>
        <source>This report rests on the client&apos;s consent to “{basis}”, given on {date} and last renewed on {renewed}.</source>
        <translation>Dit rapport steunt op de toestemming van de cliënt voor “{basis}”, gegeven op {date} en laatst hernieuwd op {renewed}.</translation>
    </message>
    <message>
        <source>Their identity is included: they consented to “{identity}” on {date}.</source>
        <translation>De identiteit is opgenomen: de cliënt gaf op {date} toestemming voor “{identity}”.</translation>
    </message>
    <message>
        <source>Their identity is left out of this report at the shelter&apos;s choice, although they consented to “{identity}”.</source>
        <translation>Het centrum heeft ervoor gekozen de identiteit niet in dit rapport op te nemen, hoewel de cliënt toestemming gaf voor “{identity}”.</translation>
    </message>
    <message>
        <source>Their identity is withheld: on {date} they withdrew their consent to “{identity}”.</source>
        <translation>De identiteit wordt niet vermeld: op {date} trok de cliënt de toestemming voor “{identity}” in.</translation>
    </message>
    <message>
        <source>Their identity is withheld: they have not consented to “{identity}”.</source>
        <translation>De identiteit wordt niet vermeld: de cliënt gaf geen toestemming voor “{identity}”.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>given on {date}</source>
        <translation>gegeven op {date}</translation>
    </message>
    <message>
        <source>given on {date}, last renewed on {renewed}</source>
        <translation>gegeven op {date}, laatst hernieuwd op {renewed}</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>ingetrokken op {date}</translation>
    </message>
    <message>
        <source>withdrawn on {date} (given on {given})</source>
        <translation>ingetrokken op {date} (gegeven op {given})</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet gegeven</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Audit trail when this report was made: {length} entries, last hash below. The shelter can prove that no entry made before this report was removed since.</source>
        <translation>Audittrail bij het opmaken van dit rapport: {length} registraties, laatste hash hieronder. Het opvangcentrum kan aantonen dat sindsdien geen enkele eerdere registratie verwijderd werd.</translation>
    </message>
    <message>
        <source>Signed electronically by the shelter (PAdES). Any change to this file after signing is detectable.</source>
        <translation>Elektronisch ondertekend door het opvangcentrum (PAdES). Elke wijziging na de ondertekening is aantoonbaar.</translation>
    </message>
    <message>
        <source>NOT SIGNED. This copy carries no electronic signature of the shelter; only a signed copy can be verified.</source>
        <translation>NIET ONDERTEKEND. Dit exemplaar draagt geen elektronische handtekening van het centrum; alleen een ondertekend exemplaar kan worden geverifieerd.</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA — this file describes no real person.</source>
        <translation>SYNTHETISCHE DEMOGEGEVENS — dit bestand beschrijft geen echte persoon.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Signed on behalf of the shelter</source>
        <translation>Ondertekend namens het opvangcentrum</translation>
    </message>
    <message>
        <source>on {date} at {time} (Brussels time)</source>
        <translation>op {date} om {time} (Brusselse tijd)</translation>
    </message>
    <message>
        <source>DEMO SIGNATURE, NOT VALID FOR REAL USE</source>
        <translation>DEMOHANDTEKENING, NIET GELDIG VOOR ECHT GEBRUIK</translation>
    </message>
    <message>
        <source>Progress report to the magistrate in charge</source>
        <translation>Voortgangsrapport voor de bevoegde magistraat</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Counsellor</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Annex 15: 45-day reflection period; reminders on day 30 and day 40 (art. 61/2)</source>
        <translation>Bijlage 15: reflectieperiode van 45 dagen; herinneringen op dag 30 en dag 40 (art. 61/2)</translation>
    </message>
    <message>
        <source>Attestation of immatriculation: 3 months, extendable once by 3 months (art. 61/3)</source>
        <translation>Attest van immatriculatie: 3 maanden, eenmaal verlengbaar met 3 maanden (art. 61/3)</translation>
    </message>
    <message>
        <source>A card: 6 months, renewal requested 45 days before expiry (art. 61/4)</source>
        <translation>A-kaart: 6 maanden, verlenging aanvragen 45 dagen voor het verstrijken (art. 61/4)</translation>
    </message>
    <message>
        <source>B card: unlimited stay (art. 61/5)</source>
        <translation>B-kaart: verblijf van onbeperkte duur (art. 61/5)</translation>
    </message>
    <message>
        <source>Unaccompanied minor: 3-month document (circular of 23 December 2016)</source>
        <translation>Niet-begeleide minderjarige: document van 3 maanden (omzendbrief van 23 december 2016)</translation>
    </message>
    <message>
        <source>Court date recorded in the judicial case</source>
        <translation>Zitting opgenomen in het gerechtelijk dossier</translation>
    </message>
    <message>
        <source>Appeal: 30 days after the judgment</source>
        <translation>Hoger beroep: 30 dagen na het vonnis</translation>
    </message>
    <message>
        <source>Claim at the Commission for financial aid to victims of intentional acts of violence: within 3 years of the final decision</source>
        <translation>Aanvraag bij de Commissie voor financiële hulp aan slachtoffers van opzettelijke gewelddaden: binnen 3 jaar na de definitieve beslissing</translation>
    </message>
    <message>
        <source>A breach of a condition is reported to the magistrate in charge without delay (circular of 23 December 2016), or the reason for not reporting it is recorded</source>
        <translation>Een schending van een voorwaarde wordt onverwijld gemeld aan de bevoegde magistraat (omzendbrief van 23 december 2016), of de reden om dat niet te doen wordt genoteerd</translation>
    </message>
    <message>
        <source>Programme conditions checked at least monthly while in the programme</source>
        <translation>Voorwaarden van het programma minstens maandelijks gecontroleerd zolang de cliënt in het programma is</translation>
    </message>
    <message>
        <source>Programme review at 24 and 36 months after intake</source>
        <translation>Evaluatie van het programma 24 en 36 maanden na de intake</translation>
    </message>
    <message>
        <source>Shelter practice: each consent given is reviewed with the client every 12 months</source>
        <translation>Praktijk van het opvangcentrum: elke gegeven toestemming wordt om de 12 maanden met de cliënt herbekeken</translation>
    </message>
    <message>
        <source>Action agreed in the client&apos;s case plan</source>
        <translation>Actie afgesproken in het begeleidingsplan van de cliënt</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>shelter_desk {version}: self-test</source>
        <translation>shelter_desk {version}: zelftest</translation>
    </message>
    <message>
        <source>Program: {path}</source>
        <translation>Programma: {path}</translation>
    </message>
    <message>
        <source>Data folder (not opened by this test): {path}</source>
        <translation>Gegevensmap (niet geopend door deze test): {path}</translation>
    </message>
    <message>
        <source>Create an encrypted database</source>
        <translation>Een versleutelde databank aanmaken</translation>
    </message>
    <message>
        <source>Add a synthetic client</source>
        <translation>Een fictieve cliënt toevoegen</translation>
    </message>
    <message>
        <source>Sign a report with a generated test identity</source>
        <translation>Een rapport ondertekenen met een aangemaakte testidentiteit</translation>
    </message>
    <message>
        <source>Verify the signed report</source>
        <translation>Het ondertekende rapport controleren</translation>
    </message>
    <message>
        <source>The database is not readable as plain SQLite</source>
        <translation>De databank is niet leesbaar als gewone SQLite</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Qt-platform</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Lettertypen</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Vertalingen</translation>
    </message>
    <message>
        <source>PostgreSQL driver (server edition)</source>
        <translation>PostgreSQL-stuurprogramma (servereditie)</translation>
    </message>
    <message>
        <source>Nothing left behind</source>
        <translation>Niets achtergelaten</translation>
    </message>
    <message>
        <source>not run: a step it needs failed</source>
        <translation>niet uitgevoerd: een stap waarvan deze afhangt is mislukt</translation>
    </message>
    <message>
        <source>the new database fails its integrity check</source>
        <translation>de nieuwe databank doorstaat de integriteitscontrole niet</translation>
    </message>
    <message>
        <source>SQLCipher {version}; integrity and audit trail checked</source>
        <translation>SQLCipher {version}; integriteit en audittrail gecontroleerd</translation>
    </message>
    <message>
        <source>case code {code}</source>
        <translation>dossiercode {code}</translation>
    </message>
    <message>
        <source>{size} KB PDF in {language}, signed by {signer}</source>
        <translation>PDF van {size} KB in {language}, ondertekend door {signer}</translation>
    </message>
    <message>
        <source>the report does not verify: {problems}</source>
        <translation>het rapport is niet geldig: {problems}</translation>
    </message>
    <message>
        <source>a copy with one byte changed was accepted</source>
        <translation>een kopie met één gewijzigde byte werd aanvaard</translation>
    </message>
    <message>
        <source>intact, trusted, unmodified; a copy with one byte changed is refused</source>
        <translation>intact, vertrouwd, ongewijzigd; een kopie met één gewijzigde byte wordt geweigerd</translation>
    </message>
    <message>
        <source>the database file starts with the plain SQLite header</source>
        <translation>het databankbestand begint met de gewone SQLite-header</translation>
    </message>
    <message>
        <source>the standard sqlite3 module could read the database</source>
        <translation>de standaardmodule sqlite3 kon de databank lezen</translation>
    </message>
    <message>
        <source>the client&apos;s name is readable in {file}</source>
        <translation>de naam van de cliënt is leesbaar in {file}</translation>
    </message>
    <message>
        <source>no SQLite header, the sqlite3 module refuses it, and the client&apos;s name is in no file</source>
        <translation>geen SQLite-header, de module sqlite3 weigert ze en de naam van de cliënt staat in geen enkel bestand</translation>
    </message>
    <message>
        <source> (no screen found)</source>
        <translation> (geen scherm gevonden)</translation>
    </message>
    <message>
        <source>shelter_desk self-test</source>
        <translation>shelter_desk zelftest</translation>
    </message>
    <message>
        <source>Qt ({platform}) drew an empty window</source>
        <translation>Qt ({platform}) tekende een leeg venster</translation>
    </message>
    <message>
        <source>the platform plugin {file} is missing</source>
        <translation>de platformplug-in {file} ontbreekt</translation>
    </message>
    <message>
        <source>{platform}{note}; a window was drawn</source>
        <translation>{platform}{note}; er werd een venster getekend</translation>
    </message>
    <message>
        <source>; {file} is there for the desktop</source>
        <translation>; {file} is aanwezig voor het bureaublad</translation>
    </message>
    <message>
        <source>{file} is missing from {folder}</source>
        <translation>{file} ontbreekt in {folder}</translation>
    </message>
    <message>
        <source>Qt cannot load {file}</source>
        <translation>Qt kan {file} niet laden</translation>
    </message>
    <message>
        <source>{file} cannot draw {letters}</source>
        <translation>{file} kan {letters} niet weergeven</translation>
    </message>
    <message>
        <source>{count} fonts load; Latin, Cyrillic, Greek, Arabic, Ge&apos;ez, Devanagari, Thai and Chinese letters drawn</source>
        <translation>{count} lettertypes geladen; Latijnse, Cyrillische, Griekse, Arabische, Ge&apos;ez-, Devanagari-, Thaise en Chinese letters getekend</translation>
    </message>
    <message>
        <source>the {language} catalogue is missing or empty in {folder}</source>
        <translation>de catalogus {language} ontbreekt of is leeg in {folder}</translation>
    </message>
    <message>
        <source>{language}: {file} does not load</source>
        <translation>{language}: {file} laadt niet</translation>
    </message>
    <message>
        <source>Dutch and French: the program&apos;s catalogues and Qt&apos;s own</source>
        <translation>Nederlands en Frans: de catalogi van het programma en die van Qt</translation>
    </message>
    <message>
        <source>psycopg {version} ({implementation}), libpq {libpq}</source>
        <translation>psycopg {version} ({implementation}), libpq {libpq}</translation>
    </message>
    <message>
        <source>{folder} could not be removed</source>
        <translation>{folder} kon niet verwijderd worden</translation>
    </message>
    <message>
        <source>the temporary folder was removed</source>
        <translation>de tijdelijke map werd verwijderd</translation>
    </message>
    <message>
        <source>Versions: shelter_desk {app}, Python {python} ({system}), Qt {qt}, PySide6 {pyside}, SQLCipher {sqlcipher}</source>
        <translation>Versies: shelter_desk {app}, Python {python} ({system}), Qt {qt}, PySide6 {pyside}, SQLCipher {sqlcipher}</translation>
    </message>
    <message>
        <source>{failed} of {count} checks FAILED.</source>
        <translation>{failed} van de {count} controles MISLUKT.</translation>
    </message>
    <message>
        <source>All {count} checks passed.</source>
        <translation>Alle {count} controles geslaagd.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISLUKT</translation>
    </message>
    <message>
        <source>NOT RUN</source>
        <translation>NIET UITGEVOERD</translation>
    </message>
    <message>
        <source>[{mark}] {step}: {detail} ({seconds} s)</source>
        <translation>[{mark}] {step}: {detail} ({seconds} s)</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>is required for a minor</source>
        <translation>is verplicht voor een minderjarige</translation>
    </message>
    <message>
        <source>applies to labour exploitation only</source>
        <translation>geldt enkel voor economische uitbuiting</translation>
    </message>
    <message>
        <source>is not an active counsellor</source>
        <translation>is geen actieve begeleider</translation>
    </message>
    <message>
        <source>is already the client&apos;s counsellor</source>
        <translation>is al de begeleider van de cliënt</translation>
    </message>
    <message>
        <source>is before today</source>
        <translation>ligt vóór vandaag</translation>
    </message>
    <message>
        <source>the programme has already ended</source>
        <translation>het programma is al beëindigd</translation>
    </message>
    <message>
        <source>only a client in intake can be admitted</source>
        <translation>enkel een cliënt in intake kan opgenomen worden</translation>
    </message>
    <message>
        <source>is required for a concern or a breach</source>
        <translation>is verplicht bij een aandachtspunt of een schending</translation>
    </message>
    <message>
        <source>check each of the three conditions once</source>
        <translation>controleer elk van de drie voorwaarden één keer</translation>
    </message>
    <message>
        <source>is required for oral consent</source>
        <translation>is verplicht bij mondelinge toestemming</translation>
    </message>
    <message>
        <source>there is no consent to withdraw</source>
        <translation>er is geen toestemming om in te trekken</translation>
    </message>
    <message>
        <source>use at least 12 characters</source>
        <translation>gebruik minstens 12 tekens</translation>
    </message>
    <message>
        <source>use at most 1024 characters</source>
        <translation>gebruik hoogstens 1024 tekens</translation>
    </message>
    <message>
        <source>do not include your user name</source>
        <translation>gebruik uw gebruikersnaam niet</translation>
    </message>
    <message>
        <source>use more different characters</source>
        <translation>gebruik meer verschillende tekens</translation>
    </message>
    <message>
        <source>this password is too common</source>
        <translation>dit wachtwoord is te gewoon</translation>
    </message>
    <message>
        <source>is required once the document is issued</source>
        <translation>is verplicht zodra het document afgegeven is</translation>
    </message>
    <message>
        <source>does not apply: EU and Belgian citizens follow other residence rules</source>
        <translation>geldt niet: burgers van de EU en Belgen volgen andere verblijfsregels</translation>
    </message>
    <message>
        <source>must be an earlier document of the same client and type</source>
        <translation>moet een eerder document van dezelfde cliënt en soort zijn</translation>
    </message>
    <message>
        <source>an attestation of immatriculation can be extended only once</source>
        <translation>een attest van immatriculatie kan maar één keer verlengd worden</translation>
    </message>
    <message>
        <source>is only for unaccompanied minors</source>
        <translation>is enkel voor niet-begeleide minderjarigen</translation>
    </message>
    <message>
        <source>{name} is taken (also by removed accounts)</source>
        <translation>{name} is al in gebruik (ook door verwijderde accounts)</translation>
    </message>
    <message>
        <source>you cannot remove your own account</source>
        <translation>u kunt uw eigen account niet verwijderen</translation>
    </message>
    <message>
        <source>{name} was removed</source>
        <translation>{name} werd verwijderd</translation>
    </message>
    <message>
        <source>the last administrator cannot be removed</source>
        <translation>de laatste beheerder kan niet verwijderd worden</translation>
    </message>
    <message>
        <source>must differ from the current one</source>
        <translation>moet verschillen van het huidige</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>contains invisible or control characters</source>
        <translation>bevat onzichtbare of controletekens</translation>
    </message>
    <message>
        <source>is longer than {max} characters</source>
        <translation>is langer dan {max} tekens</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>moet een datum zijn</translation>
    </message>
    <message>
        <source>is before {earliest}</source>
        <translation>ligt vóór {earliest}</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>ligt in de toekomst</translation>
    </message>
    <message>
        <source>is too far in the future</source>
        <translation>ligt te ver in de toekomst</translation>
    </message>
    <message>
        <source>must be a time of day</source>
        <translation>moet een uur zijn</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>moet tussen {low} en {high} liggen</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>moet ja of nee zijn</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>is geen van de mogelijke keuzes</translation>
    </message>
    <message>
        <source>is not an ISO 3166 country code</source>
        <translation>is geen ISO 3166-landcode</translation>
    </message>
    <message>
        <source>is not an ISO 639 language code</source>
        <translation>is geen ISO 639-taalcode</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>has more than {max} entries</source>
        <translation>heeft meer dan {max} elementen</translation>
    </message>
    <message>
        <source>needs at least one entry</source>
        <translation>vraagt minstens één element</translation>
    </message>
    <message>
        <source>use 2-32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>gebruik 2 tot 32 tekens: kleine letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;, beginnend met een letter</translation>
    </message>
    <message>
        <source>is before {other}</source>
        <translation>ligt vóór {other}</translation>
    </message>
    <message>
        <source>must be an http:// or https:// address</source>
        <translation>moet een http://- of https://-adres zijn</translation>
    </message>
    <message>
        <source>is not a PEM certificate</source>
        <translation>is geen PEM-certificaat</translation>
    </message>
    <message>
        <source>does not exist on {date} in Belgium: the clocks go forward an hour that night (from 02:00 to 03:00). Check the time on the summons</source>
        <translation>bestaat niet op {date} in België: de klok gaat die nacht een uur vooruit (van 02:00 naar 03:00). Controleer het uur op de dagvaarding</translation>
    </message>
    <message>
        <source>{time} happens twice on {date}: the clocks go back an hour that night. Say whether the hearing is before the change (summer time) or after it (winter time)</source>
        <translation>{time} komt twee keer voor op {date}: de klok gaat die nacht een uur terug. Zeg of de zitting vóór de overgang (zomertijd) of erna (wintertijd) is</translation>
    </message>
    <message>
        <source>is required once the action is done</source>
        <translation>is verplicht zodra de actie gedaan is</translation>
    </message>
    <message>
        <source>must be a counsellor or a director</source>
        <translation>moet een begeleider of een directeur zijn</translation>
    </message>
    <message>
        <source>cannot be kept without a user account</source>
        <translation>kan niet bewaard worden zonder gebruikersaccount</translation>
    </message>
    <message>
        <source>at most {max} saved views</source>
        <translation>hoogstens {max} opgeslagen weergaven</translation>
    </message>
    <message>
        <source>must be after today</source>
        <translation>moet na vandaag vallen</translation>
    </message>
    <message>
        <source>must be a counsellor or director who works on this file</source>
        <translation>moet een begeleider of directeur zijn die aan dit dossier werkt</translation>
    </message>
    <message>
        <source>does not exist on that day: the clocks go forward from 02:00 to 03:00</source>
        <translation>bestaat niet op die dag: de klok springt van 02:00 naar 03:00</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <source>the file is encrypted: give the passphrase</source>
        <translation>het bestand is versleuteld: geef de wachtwoordzin</translation>
    </message>
    <message>
        <source>the passphrase is not correct</source>
        <translation>de wachtwoordzin is niet juist</translation>
    </message>
    <message>
        <source>not a readable case-file ZIP</source>
        <translation>geen leesbaar dossier-ZIP-bestand</translation>
    </message>
    <message>
        <source>the file is too large to be a case file ({size} MB)</source>
        <translation>het bestand is te groot om een dossier te zijn ({size} MB)</translation>
    </message>
    <message>
        <source>the manifest is not readable</source>
        <translation>het manifest is niet leesbaar</translation>
    </message>
    <message>
        <source>the manifest or its signature is missing</source>
        <translation>het manifest of zijn handtekening ontbreekt</translation>
    </message>
    <message>
        <source>manifest: {problem}</source>
        <translation>manifest: {problem}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>{name}: added after the case file was made</source>
        <translation>{name}: toegevoegd nadat het dossier werd gemaakt</translation>
    </message>
    <message>
        <source>{name}: removed</source>
        <translation>{name}: verwijderd</translation>
    </message>
    <message>
        <source>{name}: changed</source>
        <translation>{name}: gewijzigd</translation>
    </message>
    <message>
        <source>{name}: the archive holds this name more than once (a forged copy can hide behind the real one)</source>
        <translation>{name}: het archief bevat deze naam meer dan eens (een vervalste kopie kan zich achter de echte verbergen)</translation>
    </message>
    <message>
        <source>{name}: a path a case file never holds (folders, &apos;..&apos;, drive letters, backslashes or control characters)</source>
        <translation>{name}: een pad dat een dossier nooit bevat (mappen, &apos;..&apos;, stationsletters, backslashes of stuurtekens)</translation>
    </message>
    <message>
        <source>{name}: not encrypted, in an encrypted case file (anyone could have put it there)</source>
        <translation>{name}: niet versleuteld, in een versleuteld dossier (iedereen kan het erin gestopt hebben)</translation>
    </message>
    <message>
        <source>the archive holds {count} entries; the manifest lists {listed}</source>
        <translation>het archief bevat {count} bestanden; het manifest vermeldt er {listed}</translation>
    </message>
    <message>
        <source>{name}: larger than the manifest says (a forged or inflating entry)</source>
        <translation>{name}: groter dan het manifest zegt (een vervalst of opzwellend bestand)</translation>
    </message>
    <message>
        <source>{name}: damaged (its data does not decompress or decrypt correctly)</source>
        <translation>{name}: beschadigd (de gegevens laten zich niet correct uitpakken of ontsleutelen)</translation>
    </message>
    <message>
        <source>the archive holds data outside its entries (before, between or over them)</source>
        <translation>het archief bevat gegevens buiten zijn bestanden (ervoor, ertussen of erover)</translation>
    </message>
    <message>
        <source>the archive carries a comment: text outside the signed entries, which unzip and 7-Zip show as if it were part of the case file</source>
        <translation>het archief draagt een commentaar: tekst buiten de ondertekende bestanden, die unzip en 7-Zip tonen alsof hij bij het dossier hoort</translation>
    </message>
    <message>
        <source>{name}: carries a comment: text outside the signed entries, which unzip and 7-Zip show beside it</source>
        <translation>{name}: draagt een commentaar: tekst buiten de ondertekende bestanden, die unzip en 7-Zip ernaast tonen</translation>
    </message>
    <message>
        <source>{name}: its header carries data a case file never holds (an extra field)</source>
        <translation>{name}: de kop bevat gegevens die een dossier nooit bevat (een extra veld)</translation>
    </message>
    <message>
        <source>{name}: its own header and the archive&apos;s list of entries disagree</source>
        <translation>{name}: de eigen kop en de lijst van bestanden van het archief spreken elkaar tegen</translation>
    </message>
    <message>
        <source>{name}: dated {date}, but the case file was made on {made} (Brussels time): the date was changed</source>
        <translation>{name}: gedateerd {date}, maar het dossier werd gemaakt op {made} (Brusselse tijd): de datum werd gewijzigd</translation>
    </message>
    <message>
        <source>{name}: file attributes a case file never has</source>
        <translation>{name}: bestandskenmerken die een dossier nooit heeft</translation>
    </message>
    <message>
        <source>made by an earlier version of shelter_desk: the entries&apos; dates and attributes cannot be checked</source>
        <translation>gemaakt met een eerdere versie van shelter_desk: de datums en kenmerken van de bestanden kunnen niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>not a readable PDF ({reason})</source>
        <translation>geen leesbare pdf ({reason})</translation>
    </message>
    <message>
        <source>the file carries no signature</source>
        <translation>het bestand draagt geen handtekening</translation>
    </message>
    <message>
        <source>the file carries {count} signatures; a shelter&apos;s document carries one</source>
        <translation>het bestand draagt {count} handtekeningen; een document van een centrum draagt er één</translation>
    </message>
    <message>
        <source>the signature could not be checked ({reason})</source>
        <translation>de handtekening kon niet worden gecontroleerd ({reason})</translation>
    </message>
    <message>
        <source>the signed content was changed (digest mismatch)</source>
        <translation>de ondertekende inhoud is gewijzigd (hash komt niet overeen)</translation>
    </message>
    <message>
        <source>the signer is not trusted by the given root</source>
        <translation>de ondertekenaar wordt niet vertrouwd door de opgegeven vertrouwensbasis</translation>
    </message>
    <message>
        <source>no trust root was given</source>
        <translation>er is geen vertrouwensbasis opgegeven</translation>
    </message>
    <message>
        <source>the file was changed after signing</source>
        <translation>het bestand is na ondertekening gewijzigd</translation>
    </message>
    <message>
        <source>the signature does not cover the whole file</source>
        <translation>de handtekening dekt niet het hele bestand</translation>
    </message>
    <message>
        <source>the signed content was changed</source>
        <translation>de ondertekende inhoud is gewijzigd</translation>
    </message>
    <message>
        <source>signed by another certificate than the one expected (expected {expected}, found {found})</source>
        <translation>ondertekend met een ander certificaat dan verwacht (verwacht {expected}, gevonden {found})</translation>
    </message>
    <message>
        <source>the signature&apos;s timestamp does not match the signature</source>
        <translation>de tijdstempel van de handtekening komt niet overeen met de handtekening</translation>
    </message>
    <message>
        <source>a document timestamp added after signing is damaged</source>
        <translation>een documenttijdstempel die na de ondertekening werd toegevoegd, is beschadigd</translation>
    </message>
    <message>
        <source>the timestamp authority is not among the given roots; its time is not proven (give its root with --tsa-trust)</source>
        <translation>de tijdstempeldienst hoort niet bij de opgegeven rootcertificaten; het tijdstip is niet bewezen (geef het rootcertificaat op met --tsa-trust)</translation>
    </message>
</context>
</TS>
