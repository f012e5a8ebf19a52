<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>the data folder (default: $SHELTER_DESK_DATA_DIR or the platform&apos;s user data folder)</source>
        <translation>le dossier de données (par défaut : $SHELTER_DESK_DATA_DIR ou le dossier de données utilisateur de la plateforme)</translation>
    </message>
    <message>
        <source>log in as this user (the password is asked for)</source>
        <translation>se connecter sous ce nom d&apos;utilisateur (le mot de passe est demandé)</translation>
    </message>
    <message>
        <source>read passwords from standard input, one per line, instead of prompting (for scripts)</source>
        <translation>lire les mots de passe sur l&apos;entrée standard, un par ligne, au lieu de les demander (pour les scripts)</translation>
    </message>
    <message>
        <source>open with the recovery code instead of a user&apos;s password</source>
        <translation>ouvrir avec le code de récupération au lieu du mot de passe d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Case files for specialised shelters for victims of human trafficking. With no command, the desktop application opens.</source>
        <translation>Dossiers pour les centres d&apos;accueil spécialisés pour victimes de la traite des êtres humains. Sans commande, l&apos;application de bureau s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Exit status: 0 ok, 1 error or unusable input, 2 usage, 3 wrong user name or password, 4 database missing or damaged, a failed check or a document that does not verify, 5 not allowed, 6 data folder read-only, 7 disk full, 8 database busy.</source>
        <translation>Code de sortie : 0 en ordre, 1 erreur ou entrée inutilisable, 2 mauvaise utilisation, 3 nom d&apos;utilisateur ou mot de passe erroné, 4 base de données absente ou endommagée, contrôle échoué ou document non valide, 5 non autorisé, 6 dossier de données en lecture seule, 7 disque plein, 8 base de données occupée.</translation>
    </message>
    <message>
        <source>check that this installation works (in a temporary folder, never touching the data) and exit: 0 when every check passed</source>
        <translation>vérifier que cette installation fonctionne (dans un dossier temporaire, sans toucher aux données) et quitter : 0 si tous les contrôles ont réussi</translation>
    </message>
    <message>
        <source>create the database and its first director</source>
        <translation>créer la base de données et sa première personne de direction</translation>
    </message>
    <message>
        <source>the shelter&apos;s name ({names} or another)</source>
        <translation>le nom du centre d&apos;accueil ({names} ou un autre)</translation>
    </message>
    <message>
        <source>the director&apos;s full name (default: the user name)</source>
        <translation>le nom complet de la personne de direction (par défaut : le nom d&apos;utilisateur)</translation>
    </message>
    <message>
        <source>the director&apos;s language</source>
        <translation>la langue de la personne de direction</translation>
    </message>
    <message>
        <source>where the shelter signs its reports (default: the known shelters&apos; cities)</source>
        <translation>où le centre signe ses rapports (par défaut : la ville des centres connus)</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and the audit trail</source>
        <translation>contrôler l&apos;intégrité de la base de données et le journal d&apos;audit</translation>
    </message>
    <message>
        <source>also prove the audit trail still holds what a report or export recorded (its anchor)</source>
        <translation>prouver aussi que le journal d&apos;audit contient toujours ce qu&apos;un rapport ou une exportation a consigné (son ancre)</translation>
    </message>
    <message>
        <source>check the seals against this trust root (the one exported for the prosecutor&apos;s office) instead of the one in the database</source>
        <translation>vérifier les sceaux avec cette racine de confiance (celle exportée pour le parquet) plutôt qu&apos;avec celle de la base de données</translation>
    </message>
    <message>
        <source>list, add, remove or reset accounts</source>
        <translation>lister, ajouter, supprimer ou réinitialiser des comptes</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>lister les comptes</translation>
    </message>
    <message>
        <source>include removed accounts</source>
        <translation>inclure les comptes supprimés</translation>
    </message>
    <message>
        <source>add an account (asks its password)</source>
        <translation>ajouter un compte (demande son mot de passe)</translation>
    </message>
    <message>
        <source>repeat for several roles (default: counsellor)</source>
        <translation>à répéter pour plusieurs rôles (par défaut : counsellor)</translation>
    </message>
    <message>
        <source>remove an account and re-encrypt the database</source>
        <translation>supprimer un compte et rechiffrer la base de données</translation>
    </message>
    <message>
        <source>why (kept in the audit trail)</source>
        <translation>pourquoi (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>set a new password for someone</source>
        <translation>définir un nouveau mot de passe pour quelqu&apos;un</translation>
    </message>
    <message>
        <source>change your own password</source>
        <translation>modifier votre propre mot de passe</translation>
    </message>
    <message>
        <source>make a new recovery code (the old one stops working)</source>
        <translation>créer un nouveau code de récupération (l&apos;ancien ne fonctionne plus)</translation>
    </message>
    <message>
        <source>write an encrypted backup</source>
        <translation>écrire une sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>create a demo database of synthetic clients (never real data)</source>
        <translation>créer une base de démonstration de clients fictifs (jamais de données réelles)</translation>
    </message>
    <message>
        <source>how many synthetic clients (default 300, at most 50000)</source>
        <translation>combien de clients fictifs (par défaut 300, au plus 50000)</translation>
    </message>
    <message>
        <source>list clients (case codes)</source>
        <translation>lister les clients (codes de dossier)</translation>
    </message>
    <message>
        <source>case code, status and counsellor per line</source>
        <translation>code de dossier, statut et accompagnateur par ligne</translation>
    </message>
    <message>
        <source>accent- and case-insensitive search in names, aliases and case codes</source>
        <translation>recherche sans tenir compte des accents ni des majuscules dans les noms, alias et codes de dossier</translation>
    </message>
    <message>
        <source>also print names (mind who is looking)</source>
        <translation>afficher aussi les noms (attention à qui regarde)</translation>
    </message>
    <message>
        <source>only clients in intake (not yet admitted), in the programme, or whose programme ended</source>
        <translation>uniquement les personnes à l&apos;accueil (pas encore admises), dans le programme, ou dont le programme a pris fin</translation>
    </message>
    <message>
        <source>only this counsellor&apos;s clients</source>
        <translation>uniquement les clients de cet accompagnateur</translation>
    </message>
    <message>
        <source>only clients in this phase</source>
        <translation>uniquement les clients dans cette phase</translation>
    </message>
    <message>
        <source>only clients of this nationality (ISO 3166 code, e.g. NG)</source>
        <translation>uniquement les clients de cette nationalité (code ISO 3166, p. ex. NG)</translation>
    </message>
    <message>
        <source>only clients with this form of exploitation: %(choices)s</source>
        <translation>uniquement les clients avec cette forme d&apos;exploitation : %(choices)s</translation>
    </message>
    <message>
        <source>only clients with an overdue deadline</source>
        <translation>uniquement les clients avec une échéance dépassée</translation>
    </message>
    <message>
        <source>only clients taken in on or after this day</source>
        <translation>uniquement les clients accueillis ce jour-là ou après</translation>
    </message>
    <message>
        <source>only clients taken in on or before this day</source>
        <translation>uniquement les clients accueillis ce jour-là ou avant</translation>
    </message>
    <message>
        <source>add or list a client&apos;s court dates</source>
        <translation>ajouter ou lister les audiences d&apos;une personne</translation>
    </message>
    <message>
        <source>the client&apos;s court dates</source>
        <translation>les audiences de la personne</translation>
    </message>
    <message>
        <source>add a court date to the client&apos;s judicial case</source>
        <translation>ajouter une audience au dossier judiciaire de la personne</translation>
    </message>
    <message>
        <source>Belgian local time, as on the summons</source>
        <translation>heure locale belge, comme sur la citation</translation>
    </message>
    <message>
        <source>on the night the clocks go back: before the change (summer time) or after it (winter time); asked when needed</source>
        <translation>la nuit où l&apos;on recule l&apos;heure : avant le changement (heure d&apos;été) ou après (heure d&apos;hiver) ; demandé si nécessaire</translation>
    </message>
    <message>
        <source>the client must attend</source>
        <translation>la personne doit être présente</translation>
    </message>
    <message>
        <source>a counsellor accompanies the client</source>
        <translation>un·e intervenant·e accompagne la personne</translation>
    </message>
    <message>
        <source>interpreter arranged</source>
        <translation>interprète prévu</translation>
    </message>
    <message>
        <source>which judicial case (default: the latest)</source>
        <translation>quel dossier judiciaire (par défaut : le plus récent)</translation>
    </message>
    <message>
        <source>list the appointments planned, or plan one</source>
        <translation>lister les rendez-vous prévus, ou en prévoir un</translation>
    </message>
    <message>
        <source>day and time, minutes, kind, case code, state and with whom, one appointment per line (no place, no note)</source>
        <translation>jour et heure, minutes, type, code du dossier, état et avec qui, un rendez-vous par ligne (ni lieu, ni note)</translation>
    </message>
    <message>
        <source>from this day (default: today)</source>
        <translation>à partir de ce jour (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>to this day (default: two weeks)</source>
        <translation>jusqu&apos;à ce jour (par défaut : deux semaines)</translation>
    </message>
    <message>
        <source>only this client&apos;s</source>
        <translation>seulement ceux de ce client</translation>
    </message>
    <message>
        <source>plan an appointment: a counselling session or an accompaniment</source>
        <translation>prévoir un rendez-vous : un entretien d&apos;accompagnement ou un accompagnement</translation>
    </message>
    <message>
        <source>Brussels time, as planned</source>
        <translation>heure de Bruxelles, telle que prévue</translation>
    </message>
    <message>
        <source>how long (default: 60)</source>
        <translation>durée (par défaut : 60)</translation>
    </message>
    <message>
        <source>the counsellor (default: you)</source>
        <translation>l&apos;accompagnateur (par défaut : vous)</translation>
    </message>
    <message>
        <source>which colleagues a client&apos;s file is open to; open it to one, or close it (directors)</source>
        <translation>à quels collègues le dossier d&apos;un client est ouvert ; l&apos;ouvrir à un collègue ou le refermer (directeurs)</translation>
    </message>
    <message>
        <source>user name, last day (&apos;-&apos;: until closed again), opened on, reason; one per line</source>
        <translation>nom d&apos;utilisateur, dernier jour (« - » : jusqu&apos;à nouvelle fermeture), ouvert le, motif ; un par ligne</translation>
    </message>
    <message>
        <source>open the file to a counsellor, for example to cover a leave</source>
        <translation>ouvrir le dossier à un accompagnateur, par exemple pour remplacer un congé</translation>
    </message>
    <message>
        <source>the counsellor</source>
        <translation>l&apos;accompagnateur</translation>
    </message>
    <message>
        <source>the last day (default: until closed again)</source>
        <translation>le dernier jour (par défaut : jusqu&apos;à nouvelle fermeture)</translation>
    </message>
    <message>
        <source>close the file to the counsellor now</source>
        <translation>refermer maintenant le dossier à l&apos;accompagnateur</translation>
    </message>
    <message>
        <source>list a client&apos;s records, or void one with the reason</source>
        <translation>lister les enregistrements d&apos;un client, ou en invalider un avec le motif</translation>
    </message>
    <message>
        <source>kind, number, date, category and whether voided, one record per line (no content)</source>
        <translation>type, numéro, date, catégorie et invalidation éventuelle, un enregistrement par ligne (sans contenu)</translation>
    </message>
    <message>
        <source>only records of this kind</source>
        <translation>seulement les enregistrements de ce type</translation>
    </message>
    <message>
        <source>only the voided records</source>
        <translation>seulement les enregistrements invalidés</translation>
    </message>
    <message>
        <source>void a record entered in the wrong file or with wrong facts (its author or a director); it stays in the file, struck through, and counts nowhere</source>
        <translation>invalider un enregistrement saisi dans le mauvais dossier ou avec des faits erronés (par son auteur ou un directeur) ; il reste barré dans le dossier et ne compte plus nulle part</translation>
    </message>
    <message>
        <source>the number `records list` shows</source>
        <translation>le numéro affiché par `records list`</translation>
    </message>
    <message>
        <source>why (required)</source>
        <translation>pourquoi (obligatoire)</translation>
    </message>
    <message>
        <source>the audit history&apos;s seals</source>
        <translation>les sceaux du journal d&apos;audit</translation>
    </message>
    <message>
        <source>seal the audit history with the shelter&apos;s signature (directors; asks the PKCS#12 passphrase or the token PIN)</source>
        <translation>sceller le journal d&apos;audit avec la signature du centre (direction ; demande la phrase secrète PKCS#12 ou le code PIN du jeton)</translation>
    </message>
    <message>
        <source>list the seals</source>
        <translation>lister les sceaux</translation>
    </message>
    <message>
        <source>make a progress report (directors), signed with --sign</source>
        <translation>produire un rapport d&apos;évolution (direction), signé avec --sign</translation>
    </message>
    <message>
        <source>the prosecutor&apos;s language</source>
        <translation>la langue du parquet</translation>
    </message>
    <message>
        <source>certify it with the shelter&apos;s signature</source>
        <translation>le certifier avec la signature du centre d&apos;accueil</translation>
    </message>
    <message>
        <source>auto: the identity if the client consented (default); include: refuse without that consent; omit: the case code only</source>
        <translation>auto : l&apos;identité si le client y a consenti (par défaut) ; include : refuser sans ce consentement ; omit : le code de dossier uniquement</translation>
    </message>
    <message>
        <source>check a signed report: intact, trusted, unmodified</source>
        <translation>vérifier un rapport signé : intact, de confiance, non modifié</translation>
    </message>
    <message>
        <source>the shelter&apos;s exported trust root</source>
        <translation>la racine de confiance exportée du centre d&apos;accueil</translation>
    </message>
    <message>
        <source>the fingerprint of the shelter&apos;s signing certificate: anything signed by another certificate does not verify</source>
        <translation>l&apos;empreinte du certificat de signature du centre : ce qui est signé par un autre certificat n&apos;est pas valide</translation>
    </message>
    <message>
        <source>root certificate(s) of timestamp authorities, trusted for timestamps only</source>
        <translation>certificat(s) racine d&apos;autorités d&apos;horodatage, de confiance pour les horodatages seulement</translation>
    </message>
    <message>
        <source>the case file for the judicial authorities (directors)</source>
        <translation>le dossier pour les autorités judiciaires (direction)</translation>
    </message>
    <message>
        <source>AES-256 ZIP; a passphrase is printed, to be given by phone</source>
        <translation>ZIP AES-256 ; une phrase secrète est affichée, à communiquer par téléphone</translation>
    </message>
    <message>
        <source>to whom it goes (kept in the audit trail)</source>
        <translation>à qui il est destiné (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>check a case file: every file as signed, nothing added or removed</source>
        <translation>vérifier un dossier : chaque fichier tel que signé, rien d&apos;ajouté ni de retiré</translation>
    </message>
    <message>
        <source>the shelter&apos;s signing identity (administrators)</source>
        <translation>l&apos;identité de signature du centre d&apos;accueil (administrateurs)</translation>
    </message>
    <message>
        <source>the identity in use</source>
        <translation>l&apos;identité utilisée</translation>
    </message>
    <message>
        <source>import a PKCS#12 file (kept encrypted in the database)</source>
        <translation>importer un fichier PKCS#12 (conservé chiffré dans la base de données)</translation>
    </message>
    <message>
        <source>sign with a PKCS#11 token, e.g. the Belgian eID</source>
        <translation>signer avec un jeton PKCS#11, p. ex. l&apos;eID belge</translation>
    </message>
    <message>
        <source>the PKCS#11 library (e.g. libbeidpkcs11.so)</source>
        <translation>la bibliothèque PKCS#11 (p. ex. libbeidpkcs11.so)</translation>
    </message>
    <message>
        <source>the token&apos;s label</source>
        <translation>le libellé du jeton</translation>
    </message>
    <message>
        <source>the signing key&apos;s label (eID: Signature)</source>
        <translation>le libellé de la clé de signature (eID : Signature)</translation>
    </message>
    <message>
        <source>the certificate&apos;s label (default: the key&apos;s)</source>
        <translation>le libellé du certificat (par défaut : celui de la clé)</translation>
    </message>
    <message>
        <source>intermediate and root certificates</source>
        <translation>certificats intermédiaires et racine</translation>
    </message>
    <message>
        <source>generate a DEMO root and signing certificate (not for real use)</source>
        <translation>générer une racine et un certificat de signature de DÉMONSTRATION (pas pour un usage réel)</translation>
    </message>
    <message>
        <source>write the trust root for the prosecutor&apos;s office</source>
        <translation>écrire la racine de confiance pour le parquet</translation>
    </message>
    <message>
        <source>write the shelter&apos;s signing certificate and its chain (to pin with --signer)</source>
        <translation>écrire le certificat de signature du centre et sa chaîne (à épingler avec --signer)</translation>
    </message>
    <message>
        <source>timestamp signatures with an RFC 3161 timestamp authority (PAdES B-T, B-LT)</source>
        <translation>horodater les signatures auprès d&apos;une autorité d&apos;horodatage RFC 3161 (PAdES B-T, B-LT)</translation>
    </message>
    <message>
        <source>the authority&apos;s address</source>
        <translation>l&apos;adresse de l&apos;autorité</translation>
    </message>
    <message>
        <source>stop using one</source>
        <translation>ne plus en utiliser</translation>
    </message>
    <message>
        <source>the authority&apos;s root certificate (needed to embed revocation data, B-LT)</source>
        <translation>le certificat racine de l&apos;autorité (nécessaire pour inclure les données de révocation, B-LT)</translation>
    </message>
    <message>
        <source>add validation data and a document timestamp to a signed report (PAdES B-LTA)</source>
        <translation>ajouter des données de validation et un horodatage de document à un rapport signé (PAdES B-LTA)</translation>
    </message>
    <message>
        <source>write the result here instead of over FILE.pdf</source>
        <translation>écrire le résultat ici plutôt que par-dessus FILE.pdf</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current one is kept)</source>
        <translation>remplacer la base de données par une sauvegarde (l&apos;actuelle est conservée)</translation>
    </message>
    <message>
        <source>work on the shelter&apos;s server (PostgreSQL) instead of a database on this workstation</source>
        <translation>travailler sur le serveur du centre (PostgreSQL) plutôt que sur une base de données de ce poste</translation>
    </message>
    <message>
        <source>postgresql://OWNER@HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA.pem</source>
        <translation>postgresql://PROPRIÉTAIRE@HÔTE:PORT/BASE?sslmode=verify-full&amp;sslrootcert=CA.pem</translation>
    </message>
    <message>
        <source>postgresql://HOST:PORT/DATABASE?sslrootcert=CA.pem</source>
        <translation>postgresql://HÔTE:PORT/BASE?sslrootcert=CA.pem</translation>
    </message>
    <message>
        <source>the shelter&apos;s certificate authority (instead of sslrootcert in the address)</source>
        <translation>l&apos;autorité de certification du centre (au lieu de sslrootcert dans l&apos;adresse)</translation>
    </message>
    <message>
        <source>set up an empty server database: schema, roles, policies and the first director</source>
        <translation>préparer une base vide sur le serveur : schéma, rôles, règles et le premier directeur</translation>
    </message>
    <message>
        <source>make this workstation work on the shelter&apos;s server</source>
        <translation>faire travailler ce poste sur le serveur du centre</translation>
    </message>
    <message>
        <source>bring the server&apos;s database to this version (as its owner)</source>
        <translation>mettre la base du serveur à cette version (en tant que propriétaire)</translation>
    </message>
    <message>
        <source>move a local database (or a backup) onto the server, checked before it is kept</source>
        <translation>transférer une base locale (ou une sauvegarde) sur le serveur, vérifiée avant d&apos;être gardée</translation>
    </message>
    <message>
        <source>the data folder of the local database</source>
        <translation>le dossier de données de la base locale</translation>
    </message>
    <message>
        <source>a backup made by &apos;shelter-desk backup&apos; (either backend)</source>
        <translation>une sauvegarde faite par &apos;shelter-desk backup&apos; (de l&apos;un ou l&apos;autre stockage)</translation>
    </message>
    <message>
        <source>your first server login after an import: the one-time code, then your password</source>
        <translation>votre première connexion au serveur après un transfert : le code à usage unique, puis votre mot de passe</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About shelter_desk</source>
        <translation>À propos de shelter_desk</translation>
    </message>
    <message>
        <source>shelter_desk {version}</source>
        <translation>shelter_desk {version}</translation>
    </message>
    <message>
        <source>Case management for Belgium&apos;s specialised shelters for victims of human trafficking. Free software under the European Union Public Licence (EUPL-1.2).</source>
        <translation>Gestion des dossiers pour les centres belges spécialisés dans l&apos;accueil des victimes de la traite des êtres humains. Logiciel libre sous la licence publique de l&apos;Union européenne (EUPL-1.2).</translation>
    </message>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside} · SQLCipher {sqlcipher} ({openssl})</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside} · SQLCipher {sqlcipher} ({openssl})</translation>
    </message>
    <message>
        <source>Bundled components and their licences (select one for its full text):</source>
        <translation>Composants fournis et leurs licences (sélectionnez-en un pour son texte complet) :</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>Composants fournis</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>{component} (in {part_of})</source>
        <translation>{component} (dans {part_of})</translation>
    </message>
    <message>
        <source>see the licence text</source>
        <translation>voir le texte de la licence</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>No licence text is shipped for {component}; its licence: {licence}.</source>
        <translation>Aucun texte de licence n&apos;est fourni pour {component} ; sa licence : {licence}.</translation>
    </message>
    <message>
        <source>Full text in: {files}</source>
        <translation>Texte complet dans : {files}</translation>
    </message>
    <message>
        <source>({file} could not be read)</source>
        <translation>({file} n&apos;a pas pu être lu)</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>Colleagues with access: {case}</source>
        <translation>Collègues ayant accès : {case}</translation>
    </message>
    <message>
        <source>The client&apos;s own counsellor and the directors always have this file. Open it to another counsellor for a period, for example to cover a leave: they can read and write in it until the end of the last day. Every opening and closing is recorded in the audit log.</source>
        <translation>L&apos;accompagnateur du client et les directeurs ont toujours ce dossier. Ouvrez-le pour une période à un autre accompagnateur, par exemple pour remplacer un congé : il peut le lire et y écrire jusqu&apos;à la fin du dernier jour. Chaque ouverture et chaque fermeture est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Ouvert par</translation>
    </message>
    <message>
        <source>Colleagues the file is open to</source>
        <translation>Collègues à qui le dossier est ouvert</translation>
    </message>
    <message>
        <source>The file is open to no other colleague.</source>
        <translation>Le dossier n&apos;est ouvert à aucun autre collègue.</translation>
    </message>
    <message>
        <source>Close the file to this colleague</source>
        <translation>Fermer le dossier à ce collègue</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>No end date: until closed again</source>
        <translation>Sans date de fin : jusqu&apos;à nouvelle fermeture</translation>
    </message>
    <message>
        <source>for example: leave cover</source>
        <translation>par exemple : remplacement pendant un congé</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the file to a colleague</source>
        <translation>Ouvrir le dossier à un collègue</translation>
    </message>
    <message>
        <source>until closed again</source>
        <translation>jusqu&apos;à nouvelle fermeture</translation>
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
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Initial &amp;password</source>
        <translation>&amp;Mot de passe initial</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
</context>
<context>
    <name>AdministrationView</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Sauvegarde et restauration</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>Mon mot de passe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Re&amp;move user…</source>
        <translation>Supp&amp;rimer l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Removing a user re-encrypts the database under a new key, so a copy of their old key file opens nothing. Their past work and audit entries stay.</source>
        <translation>Supprimer un utilisateur rechiffre la base de données avec une nouvelle clé : une copie de son ancien fichier de clés n&apos;ouvre plus rien. Son travail passé et les entrées d&apos;audit restent.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Faire une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>A backup is encrypted: it opens only with a password or the recovery code valid when it was made. Keep it on another disk, in the safe.</source>
        <translation>Une sauvegarde est chiffrée : elle ne s&apos;ouvre qu&apos;avec un mot de passe ou le code de récupération valables au moment où elle a été faite. Conservez-la sur un autre disque, dans le coffre.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restoring replaces the database with the backup. The current database is kept, encrypted, in the safety-copies folder. You will log in again afterwards.</source>
        <translation>La restauration remplace la base de données par la sauvegarde. La base actuelle est conservée, chiffrée, dans le dossier safety-copies. Vous vous reconnecterez ensuite.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Make a new recovery &amp;code…</source>
        <translation>Créer un nouveau &amp;code de récupération…</translation>
    </message>
    <message>
        <source>The old code stops working at once.</source>
        <translation>L&apos;ancien code cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <source>Use a long passphrase of several words that you do not use anywhere else.</source>
        <translation>Utilisez une longue phrase de passe de plusieurs mots que vous n&apos;utilisez nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>Ajout de l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Mot de passe défini</translation>
    </message>
    <message>
        <source>The new password works now.</source>
        <translation>Le nouveau mot de passe fonctionne dès maintenant.</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Why is this account removed? (kept in the audit trail)</source>
        <translation>Pourquoi ce compte est-il supprimé ? (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Removing the user and re-encrypting the database…</source>
        <translation>Suppression de l&apos;utilisateur et rechiffrement de la base de données…</translation>
    </message>
    <message>
        <source>Save the encrypted backup</source>
        <translation>Enregistrer la sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>shelter_desk backups (*.sdbackup)</source>
        <translation>Sauvegardes shelter_desk (*.sdbackup)</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Sauvegarde écrite dans {file}.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Écriture de la sauvegarde chiffrée…</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choisissez la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Your password as it was when the backup was made:</source>
        <translation>Votre mot de passe tel qu&apos;il était lors de la sauvegarde :</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <source>Make a new recovery code? The one in the safe stops working.</source>
        <translation>Créer un nouveau code de récupération ? Celui du coffre ne fonctionnera plus.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>1 court date</source>
        <translation>1 audience</translation>
    </message>
    <message>
        <source>{count} court dates</source>
        <translation>{count} audiences</translation>
    </message>
    <message>
        <source>1 deadline</source>
        <translation>1 échéance</translation>
    </message>
    <message>
        <source>{count} deadlines</source>
        <translation>{count} échéances</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 rendez-vous</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} rendez-vous</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Arrow keys move between days; the day&apos;s items are listed beside.</source>
        <translation>Les flèches passent d&apos;un jour à l&apos;autre ; ce qui tombe ce jour-là est listé à côté.</translation>
    </message>
    <message>
        <source>Due on the chosen day</source>
        <translation>À faire le jour choisi</translation>
    </message>
    <message>
        <source>Court dates this month</source>
        <translation>Audiences ce mois-ci</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Appointments at their times and what falls due each day; Enter or double-click opens the file.</source>
        <translation>Les rendez-vous à leur heure et les échéances de chaque jour ; Entrée ou un double-clic ouvre le dossier.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Plan appointment…</source>
        <translation>Prévoir un rendez-vous…</translation>
    </message>
    <message>
        <source>Nothing due on this day.</source>
        <translation>Rien à faire ce jour-là.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>to record or cancel</source>
        <translation>à enregistrer ou à annuler</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>{count} more: open the day</source>
        <translation>{count} de plus : ouvrir le jour</translation>
    </message>
    <message>
        <source>Double-click (or Enter) shows this day&apos;s items</source>
        <translation>Un double-clic (ou Entrée) affiche les éléments de ce jour</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{title} (none yet)</source>
        <translation>{title} (aucun pour l&apos;instant)</translation>
    </message>
</context>
<context>
    <name>ClientFile</name>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>How the withdrawal was expressed</source>
        <translation>Comment le retrait a été exprimé</translation>
    </message>
    <message>
        <source>Purpose withdrawn</source>
        <translation>Finalité retirée</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>The ledger is never edited: a correction is a new event. A withdrawal blocks every later report or export that needs this purpose.</source>
        <translation>Le registre n&apos;est jamais modifié : une correction est un nouvel événement. Un retrait bloque tout rapport ou export ultérieur qui nécessite cette finalité.</translation>
    </message>
    <message>
        <source>Current state (from the ledger)</source>
        <translation>État actuel (d&apos;après le registre)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>(interpreter)</source>
        <translation>(interprète)</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>Consent ledger</source>
        <translation>Registre des consentements</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Retirer le consentement…</translation>
    </message>
    <message>
        <source>No consent is in force to withdraw.</source>
        <translation>Aucun consentement en vigueur à retirer.</translation>
    </message>
    <message>
        <source>never given</source>
        <translation>jamais donné</translation>
    </message>
    <message>
        <source>given on {date}</source>
        <translation>donné le {date}</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>retiré le {date}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Interpreter (language)</source>
        <translation>Interprète (langue)</translation>
    </message>
    <message>
        <source>Counselling session</source>
        <translation>Entretien d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Modifier l&apos;entretien</translation>
    </message>
    <message>
        <source>The Control record: the client may stop at any time, have someone present and ask questions. Confidential notes never leave this file.</source>
        <translation>Le contrôle (4 C) : la personne peut arrêter à tout moment, être accompagnée et poser des questions. Les notes confidentielles ne quittent jamais ce dossier.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>support person</source>
        <translation>personne de confiance</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Plan an appointment</source>
        <translation>Prévoir un rendez-vous</translation>
    </message>
    <message>
        <source>Edit the appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <source>A counselling session planned, or an accompaniment (a hearing, the Immigration Office, a doctor, the lawyer). The time is the time on the clocks in Brussels. It is on the calendar and, on its day, on the dashboard.</source>
        <translation>Un entretien d&apos;accompagnement prévu, ou un accompagnement (une audience, l&apos;Office des étrangers, un médecin, l&apos;avocat). L&apos;heure est celle des horloges à Bruxelles. Le rendez-vous figure dans le calendrier et, le jour même, sur le tableau de bord.</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>The appointment stays in the file, marked cancelled, with the reason.</source>
        <translation>Le rendez-vous reste dans le dossier, marqué comme annulé, avec le motif.</translation>
    </message>
    <message>
        <source>Why it was cancelled (required)</source>
        <translation>Pourquoi il a été annulé (obligatoire)</translation>
    </message>
    <message>
        <source>Why it was cancelled</source>
        <translation>Pourquoi il a été annulé</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>planned, past: record or cancel it</source>
        <translation>prévu, passé : à enregistrer ou à annuler</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>annulé : {reason}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Plan an appointment…</source>
        <translation>Prévoir un rendez-vous…</translation>
    </message>
    <message>
        <source>Sessions planned and accompaniments (hearings, the Immigration Office, doctors, the lawyer). One still planned after its time is shown as such until it is recorded as a session or cancelled.</source>
        <translation>Entretiens prévus et accompagnements (audiences, Office des étrangers, médecins, avocat). Un rendez-vous encore prévu après son heure reste affiché comme tel jusqu&apos;à ce qu&apos;il soit enregistré comme entretien ou annulé.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Record as session…</source>
        <translation>Enregistrer comme entretien…</translation>
    </message>
    <message>
        <source>Opens the session filled in from the appointment; saving it records the session and marks the appointment held</source>
        <translation>Ouvre l&apos;entretien, rempli à partir du rendez-vous ; l&apos;enregistrer saisit l&apos;entretien et marque le rendez-vous comme tenu</translation>
    </message>
    <message>
        <source>Cancel the appointment…</source>
        <translation>Annuler le rendez-vous…</translation>
    </message>
    <message>
        <source>Record the appointment as a session</source>
        <translation>Enregistrer le rendez-vous comme entretien</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle (4 C)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add a session…</source>
        <translation>Ajouter un entretien…</translation>
    </message>
    <message>
        <source>The prosecutor was notified</source>
        <translation>Le parquet a été informé</translation>
    </message>
    <message>
        <source>The Immigration Office was notified</source>
        <translation>L&apos;Office des étrangers a été informé</translation>
    </message>
    <message>
        <source>A breach not reported: why</source>
        <translation>Un manquement non signalé : pourquoi</translation>
    </message>
    <message>
        <source>Condition check</source>
        <translation>Contrôle d&apos;une condition</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments constatés</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Informé</translation>
    </message>
    <message>
        <source>prosecutor</source>
        <translation>parquet</translation>
    </message>
    <message>
        <source>Immigration Office</source>
        <translation>Office des étrangers</translation>
    </message>
    <message>
        <source>Record a check…</source>
        <translation>Enregistrer un contrôle…</translation>
    </message>
    <message>
        <source>Condition checks</source>
        <translation>Vérifications des conditions</translation>
    </message>
    <message>
        <source>Check the three conditions…</source>
        <translation>Contrôler les trois conditions…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore contrôlée</translation>
    </message>
    <message>
        <source>{status} on {date}</source>
        <translation>{status} le {date}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Notification to an authority</source>
        <translation>Notification à une autorité</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record a notification…</source>
        <translation>Enregistrer une notification…</translation>
    </message>
    <message>
        <source>Notifications to the authorities</source>
        <translation>Notifications aux autorités</translation>
    </message>
    <message>
        <source>{field} changed</source>
        <translation>{field} modifié</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field} : {before} → {after}</translation>
    </message>
    <message>
        <source>identity included</source>
        <translation>identité reprise</translation>
    </message>
    <message>
        <source>identity withheld</source>
        <translation>identité non communiquée</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>to {recipient}</source>
        <translation>à {recipient}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Everything done in this file, from the tamper-evident audit trail (who did what and when), with what each correction replaced. Voided records are struck through; the reason is in their tooltip.</source>
        <translation>Tout ce qui a été fait dans ce dossier, d&apos;après la piste d&apos;audit infalsifiable (qui a fait quoi et quand), avec ce que chaque correction a remplacé. Les enregistrements invalidés sont barrés ; le motif figure dans leur info-bulle.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>History of the file</source>
        <translation>Historique du dossier</translation>
    </message>
    <message>
        <source>Progress reports and case files made for this client. Directors make them on the Reports page.</source>
        <translation>Rapports de suivi et dossiers établis pour cette personne. La direction les établit sur la page Rapports.</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Rapports établis</translation>
    </message>
    <message>
        <source>Make a progress report…</source>
        <translation>Établir un rapport de suivi…</translation>
    </message>
    <message>
        <source>Autonomy goal</source>
        <translation>Objectif d&apos;autonomie</translation>
    </message>
    <message>
        <source>Edit the goal</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>Progress of the goal now</source>
        <translation>Avancement actuel de l&apos;objectif</translation>
    </message>
    <message>
        <source>Milestone: {goal}</source>
        <translation>Étape : {goal}</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixé</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Add a goal…</source>
        <translation>Ajouter un objectif…</translation>
    </message>
    <message>
        <source>Autonomy goals</source>
        <translation>Objectifs d&apos;autonomie</translation>
    </message>
    <message>
        <source>Add a milestone…</source>
        <translation>Ajouter une étape…</translation>
    </message>
    <message>
        <source>Progress per goal (%)</source>
        <translation>Avancement par objectif (%)</translation>
    </message>
    <message>
        <source>Show the progress as a table</source>
        <translation>Afficher la progression en tableau</translation>
    </message>
    <message>
        <source>Milestones of the selected goal</source>
        <translation>Étapes de l&apos;objectif choisi</translation>
    </message>
    <message>
        <source>Choose a goal to see its milestones.</source>
        <translation>Choisissez un objectif pour voir ses étapes.</translation>
    </message>
    <message>
        <source>No milestone yet.</source>
        <translation>Pas encore d&apos;étape.</translation>
    </message>
    <message>
        <source>One per line: other spellings, the name in the client&apos;s script</source>
        <translation>Un par ligne : autres graphies, le nom dans l&apos;écriture de la personne</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Mineur(e) non accompagné(e)</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Données de la personne</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>Loverboy is a recruitment method, not a form of exploitation: tick it together with the form it led to.</source>
        <translation>Le loverboy est une méthode de recrutement, pas une forme d&apos;exploitation : cochez-la avec la forme d&apos;exploitation à laquelle elle a mené.</translation>
    </message>
    <message>
        <source>End the programme</source>
        <translation>Mettre fin au programme</translation>
    </message>
    <message>
        <source>Ending the programme closes the file: no more deadlines are computed. Remember to notify the prosecutor or labour auditor (end of guidance).</source>
        <translation>Mettre fin au programme clôture le dossier : plus aucune échéance n&apos;est calculée. N&apos;oubliez pas d&apos;informer le parquet ou l&apos;auditorat du travail (fin de l&apos;accompagnement).</translation>
    </message>
    <message>
        <source>e.g. Antwerpen, Bruxelles, Liège</source>
        <translation>p. ex. Anvers, Bruxelles, Liège</translation>
    </message>
    <message>
        <source>Judicial case</source>
        <translation>Dossier judiciaire</translation>
    </message>
    <message>
        <source>Edit the judicial case</source>
        <translation>Modifier le dossier judiciaire</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Edit the court date</source>
        <translation>Modifier l&apos;audience</translation>
    </message>
    <message>
        <source>Which {time}?</source>
        <translation>Quel {time} ?</translation>
    </message>
    <message>
        <source>On {date} the clocks go back an hour: {time} happens twice. Which one is on the summons?</source>
        <translation>Le {date}, on recule l&apos;heure : {time} a lieu deux fois. Laquelle figure sur la citation ?</translation>
    </message>
    <message>
        <source>Before the change (summer time, UTC+{hours})</source>
        <translation>Avant le changement (heure d&apos;été, UTC+{hours})</translation>
    </message>
    <message>
        <source>After the change (winter time, UTC+{hours})</source>
        <translation>Après le changement (heure d&apos;hiver, UTC+{hours})</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Parquet / auditorat</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Arrondissement judiciaire</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de notice</translation>
    </message>
    <message>
        <source>Magistrate</source>
        <translation>Magistrat</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <source>(legal aid)</source>
        <translation>(aide juridique de deuxième ligne)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Judicial cases</source>
        <translation>Affaires judiciaires</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Must attend</source>
        <translation>Présence requise</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>accompagnateur</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>interprète</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent(e)</translation>
    </message>
    <message>
        <source>Add a court date…</source>
        <translation>Ajouter une audience…</translation>
    </message>
    <message>
        <source>Court dates</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Open the judicial case first.</source>
        <translation>Ouvrez d&apos;abord le dossier judiciaire.</translation>
    </message>
    <message>
        <source>(summer time)</source>
        <translation>(heure d&apos;été)</translation>
    </message>
    <message>
        <source>(winter time)</source>
        <translation>(heure d&apos;hiver)</translation>
    </message>
    <message>
        <source>Expires on (empty: by law)</source>
        <translation>Expire le (vide : selon la loi)</translation>
    </message>
    <message>
        <source>Extends or renews</source>
        <translation>Prolonge ou renouvelle</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Document de séjour</translation>
    </message>
    <message>
        <source>Edit the residence document</source>
        <translation>Modifier le document de séjour</translation>
    </message>
    <message>
        <source>{date} (expired)</source>
        <translation>{date} (expiré)</translation>
    </message>
    <message>
        <source>{date} (in {days} days)</source>
        <translation>{date} (dans {days} jours)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Residence documents</source>
        <translation>Documents de séjour</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <source>{count} months</source>
        <translation>{count} mois</translation>
    </message>
    <message>
        <source>Leave the expiry empty to have it computed from the law: {validity}.</source>
        <translation>Laissez l&apos;expiration vide pour qu&apos;elle soit calculée selon la loi : {validity}.</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>Ajouter un document…</translation>
    </message>
    <message>
        <source>Referred by {service}</source>
        <translation>Orienté(e) par {service}</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>First counselling session</source>
        <translation>Premier entretien d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Consent given: {purpose}</source>
        <translation>Consentement donné : {purpose}</translation>
    </message>
    <message>
        <source>Consent withdrawn: {purpose}</source>
        <translation>Consentement retiré : {purpose}</translation>
    </message>
    <message>
        <source>Issued: {document}</source>
        <translation>Délivré : {document}</translation>
    </message>
    <message>
        <source>Judicial case opened ({office})</source>
        <translation>Dossier judiciaire ouvert ({office})</translation>
    </message>
    <message>
        <source>Final decision</source>
        <translation>Décision définitive</translation>
    </message>
    <message>
        <source>Notified {recipient}: {reason}</source>
        <translation>{recipient} informé : {reason}</translation>
    </message>
    <message>
        <source>Programme ended: {reason}</source>
        <translation>Programme terminé : {reason}</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Referral and exploitation</source>
        <translation>Orientation et exploitation</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les données…</translation>
    </message>
    <message>
        <source>Edit referral…</source>
        <translation>Modifier l&apos;orientation…</translation>
    </message>
    <message>
        <source>Edit exploitation…</source>
        <translation>Modifier l&apos;exploitation…</translation>
    </message>
    <message>
        <source>Admit to the programme</source>
        <translation>Admettre dans le programme</translation>
    </message>
    <message>
        <source>End the programme…</source>
        <translation>Mettre fin au programme…</translation>
    </message>
    <message>
        <source>Timeline (newest first)</source>
        <translation>Chronologie (plus récent d&apos;abord)</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Code du dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation>Sexe / genre</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Residence track</source>
        <translation>Statut de séjour</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur(e)</translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation>Entretiens d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Colleagues with access…</source>
        <translation>Collègues ayant accès…</translation>
    </message>
    <message>
        <source>Also open to</source>
        <translation>Aussi accessible à</translation>
    </message>
    <message>
        <source>{name} (until {date})</source>
        <translation>{name} (jusqu&apos;au {date})</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orienté(e)</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Détecté(e) sur la base de</translation>
    </message>
    <message>
        <source>Leaflet</source>
        <translation>Dépliant</translation>
    </message>
    <message>
        <source>loverboy method</source>
        <translation>méthode du loverboy</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Privacy mode</source>
        <translation>Mode discrétion</translation>
    </message>
    <message>
        <source>Privacy mode is on. Editing the details shows the client&apos;s name and aliases on the screen. Show them?</source>
        <translation>Le mode discrétion est activé. Modifier les données affiche le nom et les alias de la personne à l&apos;écran. Les afficher ?</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admettre</translation>
    </message>
    <message>
        <source>Admit this client to the programme?</source>
        <translation>Admettre cette personne dans le programme ?</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>(estimée)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Judicial</source>
        <translation>Judiciaire</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>counsellor: {name}</source>
        <translation>accompagnateur : {name}</translation>
    </message>
    <message>
        <source>no counsellor assigned</source>
        <translation>aucun accompagnateur désigné</translation>
    </message>
    <message>
        <source>intake {date}</source>
        <translation>accueil le {date}</translation>
    </message>
    <message>
        <source>synthetic demo client</source>
        <translation>personne de démonstration synthétique</translation>
    </message>
    <message>
        <source>Overdue: {kind}, {date}</source>
        <translation>En retard : {kind}, {date}</translation>
    </message>
    <message>
        <source>Next: {kind}, {date}</source>
        <translation>Prochaine : {kind}, {date}</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Action convenue</translation>
    </message>
    <message>
        <source>Edit the action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>What was agreed with the client, who does it and by when. Until it is done it is on the dashboard of whoever sees this file.</source>
        <translation>Ce qui a été convenu avec le client, qui s&apos;en charge et pour quand. Tant qu&apos;elle n&apos;est pas faite, elle figure au tableau de bord de quiconque voit ce dossier.</translation>
    </message>
    <message>
        <source>done on {date}</source>
        <translation>faite le {date}</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>ouverte, en retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Convenue le</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Saisie par</translation>
    </message>
    <message>
        <source>Add an action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <source>The case plan: the actions agreed with the client. Open ones appear on the dashboard until they are marked done.</source>
        <translation>Le plan d&apos;accompagnement : les actions convenues avec le client. Les actions ouvertes figurent au tableau de bord jusqu&apos;à ce qu&apos;elles soient marquées comme faites.</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Plan d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Note de dossier</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>A call, a meeting with the lawyer, a decision of the team. Case notes are confidential: they never leave this file (no report, export or printout).</source>
        <translation>Un appel, une réunion avec l&apos;avocat, une décision de l&apos;équipe. Les notes de dossier sont confidentielles : elles ne quittent jamais ce dossier (ni rapport, ni export, ni impression).</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Notes de dossier</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Clients</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Down arrow or Enter moves into the list.</source>
        <translation>Flèche bas ou Entrée pour aller dans la liste.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Search names, aliases, case codes (Ctrl+F)</source>
        <translation>Nom, alias ou code (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>New client… (Ctrl+N)</source>
        <translation>Nouvelle personne… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>C&amp;ounsellor</source>
        <translation>Acc&amp;ompagnant·e</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Toutes les personnes</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>Suppr&amp;imer la vue</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>&amp;Nationalité</translation>
    </message>
    <message>
        <source>&amp;Intake from</source>
        <translation>Accueil &amp;du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>{shown} of {total} clients</source>
        <translation>{shown} sur {total} personnes</translation>
    </message>
    <message>
        <source>Vie&amp;w</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <source>Has an overd&amp;ue item</source>
        <translation>A un élément en &amp;retard</translation>
    </message>
    <message>
        <source>Save as vi&amp;ew…</source>
        <translation>&amp;Enregistrer comme vue…</translation>
    </message>
    <message>
        <source>Form of e&amp;xploitation</source>
        <translation>Forme d&apos;e&amp;xploitation</translation>
    </message>
    <message>
        <source>&amp;More filters ({count})</source>
        <translation>Plus de fil&amp;tres ({count})</translation>
    </message>
    <message>
        <source>&amp;More filters</source>
        <translation>Plus de fil&amp;tres</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>View {number}</source>
        <translation>Vue {number}</translation>
    </message>
    <message>
        <source>{name} is no longer a counsellor here: the view shows every counsellor&apos;s clients.</source>
        <translation>{name} n&apos;est plus accompagnateur ici : la vue montre les clients de tous les accompagnateurs.</translation>
    </message>
    <message>
        <source>Save as view</source>
        <translation>Enregistrer comme vue</translation>
    </message>
    <message>
        <source>Name of the view (the same name replaces it):</source>
        <translation>Nom de la vue (le même nom la remplace) :</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Ouverture du dossier…</translation>
    </message>
</context>
<context>
    <name>ClientsTable</name>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (en retard)</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Code du dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
</context>
<context>
    <name>Conditions</name>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>What was seen or said (needed for a concern or a breach)</source>
        <translation>Ce qui a été vu ou dit (nécessaire pour un point d&apos;attention ou un manquement)</translation>
    </message>
    <message>
        <source>Reported to the prosecutor</source>
        <translation>Signalé au parquet</translation>
    </message>
    <message>
        <source>Reported to the Immigration Office</source>
        <translation>Signalé à l&apos;Office des étrangers</translation>
    </message>
    <message>
        <source>A breach not reported: why</source>
        <translation>Un manquement non signalé : pourquoi</translation>
    </message>
    <message>
        <source>The three conditions: {case}</source>
        <translation>Les trois conditions : {case}</translation>
    </message>
    <message>
        <source>Checked &amp;on</source>
        <translation>Contrôlé &amp;le</translation>
    </message>
    <message>
        <source>Save the three checks</source>
        <translation>Enregistrer les trois contrôles</translation>
    </message>
    <message>
        <source>Check all three together, as the monthly reminder asks. A concern or a breach needs its evidence; a breach is reported to the prosecutor, or the reason not to is recorded. Reports ticked here are recorded under Notifications too.</source>
        <translation>Contrôlez les trois ensemble, comme le demande le rappel mensuel. Un point d&apos;attention ou un manquement a besoin de ses éléments constatés ; un manquement est signalé au parquet, ou la raison de ne pas le faire est notée. Les signalements cochés ici figurent aussi sous Notifications.</translation>
    </message>
    <message>
        <source>Something is missing or wrong in: {conditions}.</source>
        <translation>Il manque quelque chose ou une réponse ne va pas pour : {conditions}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{months} months after intake</source>
        <translation>{months} mois après l&apos;accueil</translation>
    </message>
    <message>
        <source>All three conditions</source>
        <translation>Les trois conditions</translation>
    </message>
    <message>
        <source>{action} ({case})</source>
        <translation>{action} ({case})</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>À qui</translation>
    </message>
    <message>
        <source>{person}: {overdue} overdue of {total}</source>
        <translation>{person} : {overdue} en retard sur {total}</translation>
    </message>
    <message>
        <source>… and {count} more, not listed: Show all lists them</source>
        <translation>… et {count} de plus, non listés : Tout afficher les affiche</translation>
    </message>
    <message>
        <source>No counsellor</source>
        <translation>Sans accompagnant·e</translation>
    </message>
    <message>
        <source>snoozed until {date}</source>
        <translation>reporté au {date}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>effectué</translation>
    </message>
    <message>
        <source>Open files by phase</source>
        <translation>Dossiers ouverts par phase</translation>
    </message>
    <message>
        <source>Open files by form of exploitation</source>
        <translation>Dossiers ouverts par forme d&apos;exploitation</translation>
    </message>
    <message>
        <source>Autonomy goals in open files</source>
        <translation>Objectifs d&apos;autonomie des dossiers ouverts</translation>
    </message>
    <message>
        <source>A long list shows the latest overdue items and the soonest ones, and counts the others: list every item</source>
        <translation>Une longue liste affiche les éléments en retard les plus récents et les plus proches, et compte les autres : afficher tous les éléments</translation>
    </message>
    <message>
        <source>Show the counts as tables</source>
        <translation>Afficher les nombres en tableaux</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By counsellor</source>
        <translation>Par accompagnant·e</translation>
    </message>
    <message>
        <source>Show done and snoozed</source>
        <translation>Afficher aussi les effectués et reportés</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Whose</source>
        <translation>À &amp;qui</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grouper</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Effectué…</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>&amp;Reporter…</translation>
    </message>
    <message>
        <source>Hand &amp;over…</source>
        <translation>C&amp;onfier…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Ro&amp;uvrir</translation>
    </message>
    <message>
        <source>Mark the selected reminder done, saying what was done</source>
        <translation>Marquer le rappel choisi comme effectué, en disant ce qui a été fait</translation>
    </message>
    <message>
        <source>Take the selected reminder off the list until a day, saying why</source>
        <translation>Retirer le rappel choisi de la liste jusqu&apos;à un jour donné, en disant pourquoi</translation>
    </message>
    <message>
        <source>Hand the selected reminder to a colleague who works on the file</source>
        <translation>Confier le rappel choisi à un·e collègue qui travaille sur le dossier</translation>
    </message>
    <message>
        <source>Put a done or snoozed reminder back on the list</source>
        <translation>Remettre sur la liste un rappel effectué ou reporté</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Show &amp;all {count}</source>
        <translation>Tout &amp;afficher ({count})</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation>14 prochains jours</translation>
    </message>
    <message>
        <source>Nothing needs attention in the next 14 days.</source>
        <translation>Rien ne demande d&apos;attention dans les 14 prochains jours.</translation>
    </message>
    <message>
        <source>Nothing to show with these filters.</source>
        <translation>Rien à afficher avec ces filtres.</translation>
    </message>
    <message>
        <source>1 item, {overdue} overdue. Double-click (or Enter) opens the file.</source>
        <translation>1 élément, {overdue} en retard. Un double-clic (ou Entrée) ouvre le dossier.</translation>
    </message>
    <message>
        <source>{count} items: {overdue} overdue. Double-click (or Enter) opens the file.</source>
        <translation>{count} éléments : {overdue} en retard. Double-cliquez (ou Entrée) pour ouvrir le dossier.</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>atteints</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverts</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Aucun rendez-vous aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>Discard</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Abandonner ce que vous avez saisi ?</translation>
    </message>
    <message>
        <source>What you typed in this window is not saved. Close it and lose it?</source>
        <translation>Ce que vous avez saisi dans cette fenêtre n&apos;est pas enregistré. La fermer et le perdre ?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export the case file</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <source>The case file of {case} for the judicial authorities: the signed progress report, the case data and the court dates, with a signed manifest.</source>
        <translation>Le dossier de {case} pour les autorités judiciaires : le rapport de suivi signé, les données du dossier et les dates d&apos;audience, avec un manifeste signé.</translation>
    </message>
    <message>
        <source>&amp;Encrypted (recommended)</source>
        <translation>&amp;Chiffré (recommandé)</translation>
    </message>
    <message>
        <source>AES-256. You will see a passphrase once: give it to the recipient by phone, never with the file.</source>
        <translation>AES-256. Une phrase de passe s&apos;affiche une seule fois : donnez-la au destinataire par téléphone, jamais avec le fichier.</translation>
    </message>
    <message>
        <source>&amp;Not encrypted (only for a channel that is itself secure)</source>
        <translation>&amp;Non chiffré (seulement pour un canal lui-même sécurisé)</translation>
    </message>
    <message>
        <source>e.g. Parquet de Bruxelles, magistrate X</source>
        <translation>p. ex. parquet de Bruxelles, magistrat X</translation>
    </message>
    <message>
        <source>&amp;Recipient (kept in the audit trail)</source>
        <translation>&amp;Destinataire (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Passphrase of the case file</source>
        <translation>Phrase de passe du dossier</translation>
    </message>
    <message>
        <source>Give this passphrase to the recipient BY PHONE, never with the file. It is shown only now.</source>
        <translation>Donnez cette phrase de passe au destinataire PAR TÉLÉPHONE, jamais avec le fichier. Elle n&apos;est affichée que maintenant.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in {seconds} seconds.</source>
        <translation>Copiée. Le presse-papiers sera vidé dans {seconds} secondes.</translation>
    </message>
    <message>
        <source>Passphrase of the case file {case}</source>
        <translation>Phrase de passe du dossier {case}</translation>
    </message>
    <message>
        <source>Give it BY PHONE, never with the file.</source>
        <translation>À donner PAR TÉLÉPHONE, jamais avec le fichier.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to shelter_desk</source>
        <translation>Bienvenue dans shelter_desk</translation>
    </message>
    <message>
        <source>Which shelter is this?</source>
        <translation>De quel centre s&apos;agit-il ?</translation>
    </message>
    <message>
        <source>Another shelter:</source>
        <translation>Un autre centre :</translation>
    </message>
    <message>
        <source>The director&apos;s account</source>
        <translation>Le compte de la direction</translation>
    </message>
    <message>
        <source>The first account is the director&apos;s, who is also administrator (adds staff, makes backups). Choose a long passphrase.</source>
        <translation>Le premier compte est celui de la direction, qui est aussi administrateur (ajoute le personnel, fait les sauvegardes). Choisissez une longue phrase de passe.</translation>
    </message>
    <message>
        <source>This creates the encrypted database on this computer. Nothing is ever stored unencrypted. The language chosen here is also the director&apos;s.</source>
        <translation>Ceci crée la base de données chiffrée sur cet ordinateur. Rien n&apos;est jamais enregistré sans chiffrement. La langue choisie ici est aussi celle du directeur.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nom &amp;complet</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>One group of the recovery code</source>
        <translation>Un groupe du code de récupération</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Le code de récupération</translation>
    </message>
    <message>
        <source>Shown only now. Print it or write it down and keep it in the safe.</source>
        <translation>Affiché maintenant seulement. Imprimez-le ou recopiez-le et gardez-le au coffre.</translation>
    </message>
    <message>
        <source>It opens the database if every password is lost, and anyone who has it can read everything.</source>
        <translation>Il ouvre la base de données si tous les mots de passe sont perdus, et quiconque le détient peut tout lire.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>To confirm you have it, type group number {group} of the code (five characters; groups are separated by dashes, counted from the left):</source>
        <translation>Pour confirmer, tapez le groupe numéro {group} du code (cinq caractères ; les groupes sont séparés par des tirets, comptés depuis la gauche) :</translation>
    </message>
    <message>
        <source>That is not group {group}. Count the groups from the left on the code above (or on your printed sheet) and type that one.</source>
        <translation>Ce n&apos;est pas le groupe {group}. Comptez les groupes depuis la gauche sur le code ci-dessus (ou sur votre feuille imprimée) et tapez celui-là.</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>code de récupération</translation>
    </message>
    <message>
        <source>This code opens the encrypted database if every password is lost. Keep this sheet in the safe. Anyone who has it can read every file.</source>
        <translation>Ce code ouvre la base de données chiffrée si tous les mots de passe sont perdus. Conservez cette feuille dans le coffre. Quiconque la détient peut lire tous les dossiers.</translation>
    </message>
    <message>
        <source>shelter_desk: first start</source>
        <translation>shelter_desk : premier démarrage</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Création de la base de données chiffrée…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>{field}: a time is known</source>
        <translation>{field} : l&apos;heure est connue</translation>
    </message>
    <message>
        <source>{field}: choose one to add</source>
        <translation>{field} : choisir pour ajouter</translation>
    </message>
    <message>
        <source>{field} chosen</source>
        <translation>{field} choisis</translation>
    </message>
    <message>
        <source>“{typed}” is not in the list: choose an entry, or clear the field.</source>
        <translation>« {typed} » n&apos;est pas dans la liste : choisissez-en une entrée, ou videz le champ.</translation>
    </message>
    <message>
        <source>“{typed}” is not added yet: press Add (or Enter), or clear the field.</source>
        <translation>« {typed} » n&apos;est pas encore ajouté : cliquez sur Ajouter (ou Entrée), ou videz le champ.</translation>
    </message>
    <message>
        <source>“{typed}” is not in the list: choose an entry from it.</source>
        <translation>« {typed} » n&apos;est pas dans la liste : choisissez-y une entrée.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>(Brussels time)</source>
        <translation>(heure de Bruxelles)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>User guide — shelter_desk</source>
        <translation>Guide de l&apos;utilisateur — shelter_desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Rechercher dans le guide (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>shelter_desk: log in</source>
        <translation>shelter_desk : connexion</translation>
    </message>
    <message>
        <source>Locked. Log in to continue.</source>
        <translation>Verrouillé. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Log in to shelter_desk</source>
        <translation>Connexion à shelter_desk</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Utiliser plutôt le code de récupération</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>First type the user name and password of an administrator of the backup (or tick the recovery code and type it), then press “Restore from a backup…”.</source>
        <translation>Saisissez d&apos;abord le nom d&apos;utilisateur et le mot de passe d&apos;un administrateur de la sauvegarde (ou cochez le code de récupération et saisissez-le), puis cliquez sur « Restaurer une sauvegarde… ».</translation>
    </message>
    <message>
        <source>The backup to restore</source>
        <translation>La sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>shelter_desk backups (*.sdbackup);;All files (*)</source>
        <translation>Sauvegardes shelter_desk (*.sdbackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The backup was restored. Log in.</source>
        <translation>La sauvegarde a été restaurée. Connectez-vous.</translation>
    </message>
    <message>
        <source>The database it replaced was kept in {file}.</source>
        <translation>La base de données remplacée a été gardée dans {file}.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Code de &amp;récupération</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation>Se &amp;déconnecter / changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>My &amp;settings…</source>
        <translation>Mes &amp;réglages…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>&amp;Find a client</source>
        <translation>&amp;Rechercher une personne</translation>
    </message>
    <message>
        <source>&amp;Close the file</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <source>&amp;Privacy mode (hide names)</source>
        <translation>Mode &amp;discrétion (masquer les noms)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About shelter_desk</source>
        <translation>&amp;À propos de shelter_desk</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>shelter_desk</source>
        <translation>shelter_desk</translation>
    </message>
    <message>
        <source>Privacy mode: names hidden</source>
        <translation>Mode discrétion : noms masqués</translation>
    </message>
    <message>
        <source>Still loading; print again in a moment.</source>
        <translation>Chargement en cours ; imprimez à nouveau dans un instant.</translation>
    </message>
    <message>
        <source>Sent to the printer: 1 page.</source>
        <translation>Envoyé à l&apos;imprimante : 1 page.</translation>
    </message>
    <message>
        <source>Sent to the printer: {pages} pages.</source>
        <translation>Envoyé à l&apos;imprimante : {pages} pages.</translation>
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
        <translation>Mes réglages</translation>
    </message>
    <message>
        <source>&amp;Language of the program</source>
        <translation>&amp;Langue du programme</translation>
    </message>
    <message>
        <source>Reports are written in the prosecutor&apos;s language, chosen for each report.</source>
        <translation>Les rapports sont rédigés dans la langue du parquet, choisie pour chaque rapport.</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Comme le système est réglé</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High contrast (light on black)</source>
        <translation>Contraste élevé (clair sur noir)</translation>
    </message>
    <message>
        <source>&amp;Contrast</source>
        <translation>&amp;Contraste</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Taille du &amp;texte</translation>
    </message>
    <message>
        <source>Contrast and text size are kept on this workstation, for everyone who logs in here.</source>
        <translation>Le contraste et la taille du texte sont gardés sur ce poste, pour toute personne qui s&apos;y connecte.</translation>
    </message>
</context>
<context>
    <name>NewClientWizard</name>
    <message>
        <source>First consent</source>
        <translation>Premier consentement</translation>
    </message>
    <message>
        <source>Tick what the client agreed to today. Consent to programme support is needed to start; the rest can follow later.</source>
        <translation>Cochez ce à quoi la personne a consenti aujourd&apos;hui. Le consentement à l&apos;accompagnement est nécessaire pour commencer ; le reste peut suivre.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Who the client is. A case code is given automatically.</source>
        <translation>Qui est la personne. Un code de dossier est attribué automatiquement.</translation>
    </message>
    <message>
        <source>Looking for existing clients like this one…</source>
        <translation>Recherche de personnes déjà enregistrées qui ressemblent à celle-ci…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>These existing clients may be the same person. Nothing is merged: open the existing file, or go on if this is another person.</source>
        <translation>Ces dossiers existants concernent peut-être la même personne. Rien n&apos;est fusionné : ouvrez le dossier existant, ou continuez s&apos;il s&apos;agit d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Code du dossier</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>&amp;Open the existing file</source>
        <translation>&amp;Ouvrir le dossier existant</translation>
    </message>
    <message>
        <source>&amp;This is another person: create a new file</source>
        <translation>&amp;C&apos;est une autre personne : créer un nouveau dossier</translation>
    </message>
    <message>
        <source>a client of another counsellor</source>
        <translation>suivie par un autre accompagnateur</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Who referred the client, and on what basis.</source>
        <translation>Qui a orienté la personne, et sur quelle base.</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>What the client went through, as far as known today.</source>
        <translation>Ce que la personne a vécu, pour autant qu&apos;on le sache aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Create the file</source>
        <translation>Créer le dossier</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>Set a new password for {user}</source>
        <translation>Définir un nouveau mot de passe pour {user}</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>NewPasswordField</name>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Trop faible</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très fort</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer is set up on this computer. The program prints only to a printer, never to a file, so that no unencrypted copy is left on the disk.</source>
        <translation>Aucune imprimante n&apos;est configurée sur cet ordinateur. Le programme imprime uniquement sur une imprimante, jamais dans un fichier, pour ne laisser aucune copie non chiffrée sur le disque.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print what this screen shows (Ctrl+P)</source>
        <translation>Imprimer ce que montre cet écran (Ctrl+P)</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Rien n&apos;est à traiter.</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Jour par jour</translation>
    </message>
    <message>
        <source>Nothing is due this month.</source>
        <translation>Rien n&apos;échoit ce mois-ci.</translation>
    </message>
    <message>
        <source>Calendar: {period}</source>
        <translation>Calendrier : {period}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Appointment or deadline</source>
        <translation>Rendez-vous ou échéance</translation>
    </message>
    <message>
        <source>Nothing planned or due.</source>
        <translation>Rien de prévu ni d&apos;échéance.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Client overview</source>
        <translation>Aperçu de la personne</translation>
    </message>
    <message>
        <source>No sessions recorded.</source>
        <translation>Aucun entretien enregistré.</translation>
    </message>
    <message>
        <source>Confidential notes are not printed.</source>
        <translation>Les notes confidentielles ne sont pas imprimées.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer. Vérifiez qu&apos;elle est allumée et connectée, puis réessayez.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Printed {when} by {who}</source>
        <translation>Imprimé le {when} par {who}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>This is the only time the recovery code is shown. Write it down or print it and keep it in the safe. Anyone who has it can open every file.</source>
        <translation>C&apos;est la seule fois que le code de récupération est affiché. Notez-le ou imprimez-le et conservez-le dans le coffre. Quiconque le détient peut ouvrir tous les dossiers.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l&apos;ai noté</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Mark a reminder done</source>
        <translation>Marquer un rappel comme effectué</translation>
    </message>
    <message>
        <source>Say what was done. The reminder leaves the list; it stays in the client&apos;s history with your note.</source>
        <translation>Dites ce qui a été fait. Le rappel quitte la liste ; il reste dans l&apos;historique de la personne avec votre note.</translation>
    </message>
    <message>
        <source>The agreed action is marked done as well.</source>
        <translation>L&apos;action convenue est aussi marquée comme faite.</translation>
    </message>
    <message>
        <source>What was done (required)</source>
        <translation>Ce qui a été fait (obligatoire)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Snooze a reminder</source>
        <translation>Reporter un rappel</translation>
    </message>
    <message>
        <source>The reminder leaves the list until the day you choose, then comes back with its own due date.</source>
        <translation>Le rappel quitte la liste jusqu&apos;au jour choisi, puis revient avec sa propre échéance.</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Why it waits (required)</source>
        <translation>Pourquoi il attend (obligatoire)</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Hand a reminder to a colleague</source>
        <translation>Confier un rappel à un·e collègue</translation>
    </message>
    <message>
        <source>Only colleagues who work on this file are offered. The reminder shows as theirs on every dashboard.</source>
        <translation>Seul·es les collègues qui travaillent sur ce dossier sont proposé·es. Le rappel apparaît alors à leur nom sur chaque tableau de bord.</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Confier</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Valid: the report is intact, signed by a trusted signer and unmodified.</source>
        <translation>Valide : le rapport est intact, signé par un signataire de confiance et non modifié.</translation>
    </message>
    <message>
        <source>NOT VALID.</source>
        <translation>NON VALIDE.</translation>
    </message>
    <message>
        <source>Intact: {answer}</source>
        <translation>Intact : {answer}</translation>
    </message>
    <message>
        <source>Trusted: {answer}</source>
        <translation>De confiance : {answer}</translation>
    </message>
    <message>
        <source>Unmodified since signing: {answer}</source>
        <translation>Non modifié depuis la signature : {answer}</translation>
    </message>
    <message>
        <source>Signature covers the whole file: {answer}</source>
        <translation>La signature couvre tout le fichier : {answer}</translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Signataire : {signer}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Empreinte du certificat (SHA-256) : {fingerprint}</translation>
    </message>
    <message>
        <source>Signed at: {when} (the signer&apos;s own clock)</source>
        <translation>Signé le : {when} (selon l&apos;horloge du signataire)</translation>
    </message>
    <message>
        <source>Timestamp: {when}, by {authority}</source>
        <translation>Horodatage : {when}, par {authority}</translation>
    </message>
    <message>
        <source>Level: PAdES {level}</source>
        <translation>Niveau : PAdES {level}</translation>
    </message>
    <message>
        <source>Type part of a case code or name, then choose from the list</source>
        <translation>Tapez une partie d&apos;un code de dossier ou d&apos;un nom, puis choisissez dans la liste</translation>
    </message>
    <message>
        <source>Include the identity if the client consented</source>
        <translation>Mentionner l&apos;identité si la personne y a consenti</translation>
    </message>
    <message>
        <source>Include the identity (refused without consent)</source>
        <translation>Mentionner l&apos;identité (refusé sans consentement)</translation>
    </message>
    <message>
        <source>Case code only</source>
        <translation>Code du dossier uniquement</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>&amp;Sign and save…</source>
        <translation>&amp;Signer et enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Export the case file…</source>
        <translation>&amp;Exporter le dossier…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed PDF…</source>
        <translation>&amp;Vérifier un PDF signé…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Language (the prosecutor&apos;s)</source>
        <translation>Langue (celle du parquet)</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport de suivi</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Preview shows the report here, made in memory. Nothing is saved or sent until you sign and save it, or export the case file.</source>
        <translation>Aperçu affiche le rapport ici, établi en mémoire. Rien n&apos;est enregistré ni envoyé tant que vous ne l&apos;avez pas signé et enregistré, ou exporté le dossier.</translation>
    </message>
    <message>
        <source>The file changed after the preview was made: preview it again.</source>
        <translation>Le dossier a changé depuis l&apos;aperçu : refaites l&apos;aperçu.</translation>
    </message>
    <message>
        <source>“{typed}” is not a client in the list: choose one from the list to make, sign or export a report.</source>
        <translation>« {typed} » n&apos;est pas une personne de la liste : choisissez-en une dans la liste pour établir, signer ou exporter un rapport.</translation>
    </message>
    <message>
        <source>Choose a client from the list to make, sign or export a report.</source>
        <translation>Choisissez une personne dans la liste pour établir, signer ou exporter un rapport.</translation>
    </message>
    <message>
        <source>Choose a client from the list first.</source>
        <translation>Choisissez d&apos;abord une personne dans la liste.</translation>
    </message>
    <message>
        <source>Signed report of {case} saved to {file} (PAdES {level}).</source>
        <translation>Rapport signé de {case} enregistré dans {file} (PAdES {level}).</translation>
    </message>
    <message>
        <source>Case file of {case} saved to {file}.</source>
        <translation>Dossier de {case} enregistré dans {file}.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Établissement du rapport…</translation>
    </message>
    <message>
        <source>Preview of {case} (not signed, not saved).</source>
        <translation>Aperçu de {case} (non signé, non enregistré).</translation>
    </message>
    <message>
        <source>The client&apos;s identity is included (they consented to sharing it).</source>
        <translation>L&apos;identité de la personne est mentionnée (elle a consenti à son partage).</translation>
    </message>
    <message>
        <source>The identity is withheld: the report names the case code only.</source>
        <translation>L&apos;identité n&apos;est pas mentionnée : le rapport ne cite que le code du dossier.</translation>
    </message>
    <message>
        <source>Preview the report first; then print it.</source>
        <translation>Affichez d&apos;abord l&apos;aperçu du rapport, puis imprimez-le.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Passphrase of the signing certificate:</source>
        <translation>Phrase secrète du certificat de signature :</translation>
    </message>
    <message>
        <source>PIN of the signing token (eID):</source>
        <translation>Code PIN de la carte de signature (eID) :</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Save the signed report</source>
        <translation>Enregistrer le rapport signé</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signing the report…</source>
        <translation>Signature du rapport…</translation>
    </message>
    <message>
        <source>Save the case file</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the case file…</source>
        <translation>Exportation du dossier…</translation>
    </message>
    <message>
        <source>A signed report</source>
        <translation>Un rapport signé</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>Seal</name>
    <message>
        <source>Passphrase of the signing certificate:</source>
        <translation>Phrase secrète du certificat de signature :</translation>
    </message>
    <message>
        <source>PIN of the signing token (eID):</source>
        <translation>Code PIN du jeton de signature (eID) :</translation>
    </message>
    <message>
        <source>Seal the audit history</source>
        <translation>Sceller le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit history last sealed on {when}.</source>
        <translation>Journal d&apos;audit scellé pour la dernière fois le {when}.</translation>
    </message>
    <message>
        <source>The audit history has never been sealed.</source>
        <translation>Le journal d&apos;audit n&apos;a jamais été scellé.</translation>
    </message>
    <message>
        <source>A seal, signed with the shelter&apos;s key, lets the integrity check prove without anything from outside that nobody rewrote the history up to it.</source>
        <translation>Un sceau, signé avec la clé du centre, permet au contrôle d&apos;intégrité de prouver sans rien d&apos;extérieur que personne n&apos;a réécrit l&apos;historique jusque-là.</translation>
    </message>
    <message>
        <source>Seal now…</source>
        <translation>Sceller maintenant…</translation>
    </message>
    <message>
        <source>Sealed: {count} entries, signed by {signer}.</source>
        <translation>Scellé : {count} entrées, signé par {signer}.</translation>
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
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes (everyone)</source>
        <translation>&amp;Verrouiller après ce nombre de minutes d&apos;inactivité (pour tous)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Sign with a token</source>
        <translation>Signer avec une carte</translation>
    </message>
    <message>
        <source>e.g. BELPIC</source>
        <translation>p. ex. BELPIC</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>Module PKCS#11</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Libellé de la carte</translation>
    </message>
    <message>
        <source>Key label</source>
        <translation>Libellé de la clé</translation>
    </message>
    <message>
        <source>PIN (checked once, never stored)</source>
        <translation>Code PIN (vérifié une fois, jamais conservé)</translation>
    </message>
    <message>
        <source>Import a PKCS#12 file…</source>
        <translation>Importer un fichier PKCS#12…</translation>
    </message>
    <message>
        <source>Use a token (eID)…</source>
        <translation>Utiliser une carte (eID)…</translation>
    </message>
    <message>
        <source>Generate a demo identity</source>
        <translation>Générer une identité de démonstration</translation>
    </message>
    <message>
        <source>Export the trust root…</source>
        <translation>Exporter le certificat racine…</translation>
    </message>
    <message>
        <source>Export the certificate…</source>
        <translation>Exporter le certificat…</translation>
    </message>
    <message>
        <source>Reports and case files are certified with this identity. Hand the trust root to the prosecutor&apos;s office: with it, anyone can check that a report comes from the shelter unchanged. A demo identity is for trying the program only.</source>
        <translation>Les rapports et dossiers sont certifiés avec cette identité. Remettez le certificat racine au parquet : avec lui, chacun peut vérifier qu&apos;un rapport provient du centre sans modification. Une identité de démonstration ne sert qu&apos;à essayer le logiciel.</translation>
    </message>
    <message>
        <source>Timestamp authority</source>
        <translation>Autorité d&apos;horodatage</translation>
    </message>
    <message>
        <source>Its root certificate…</source>
        <translation>Son certificat racine…</translation>
    </message>
    <message>
        <source>Use this authority</source>
        <translation>Utiliser cette autorité</translation>
    </message>
    <message>
        <source>Stop timestamping</source>
        <translation>Arrêter l&apos;horodatage</translation>
    </message>
    <message>
        <source>With a timestamp authority (RFC 3161), every signature carries a time that the authority proves (PAdES B-T), and the certificates&apos; revocation data when they say where to find it (B-LT), so that a report can still be checked after its certificate has expired. Without one, a signature&apos;s time is the computer&apos;s clock.</source>
        <translation>Avec une autorité d&apos;horodatage (RFC 3161), chaque signature porte une heure que l&apos;autorité prouve (PAdES B-T), et les données de révocation des certificats lorsqu&apos;ils indiquent où les trouver (B-LT), de sorte qu&apos;un rapport reste vérifiable après l&apos;expiration de son certificat. Sans autorité, l&apos;heure d&apos;une signature est l&apos;horloge de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Not in use: signatures are PAdES B-B.</source>
        <translation>Pas utilisée : les signatures sont PAdES B-B.</translation>
    </message>
    <message>
        <source>In use. Its root certificate (SHA-256): {fingerprint}</source>
        <translation>En service. Son certificat racine (SHA-256) : {fingerprint}</translation>
    </message>
    <message>
        <source>In use, without its root certificate: signatures are timestamped (B-T) but carry no revocation data (B-LT).</source>
        <translation>En service, sans son certificat racine : les signatures sont horodatées (B-T) mais sans données de révocation (B-LT).</translation>
    </message>
    <message>
        <source>The authority&apos;s root certificate</source>
        <translation>Le certificat racine de l&apos;autorité</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Root certificate chosen: {file}</source>
        <translation>Certificat racine choisi : {file}</translation>
    </message>
    <message>
        <source>No signing identity is set up yet.</source>
        <translation>Aucune identité de signature n&apos;est encore configurée.</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>Fichier PKCS#12</translation>
    </message>
    <message>
        <source>token (PKCS#11)</source>
        <translation>carte (PKCS#11)</translation>
    </message>
    <message>
        <source>DEMO identity — not for real use</source>
        <translation>Identité de DÉMONSTRATION — pas pour un usage réel</translation>
    </message>
    <message>
        <source>{subject}
{kind}
set up by {who} on {when}</source>
        <translation>{subject}
{kind}
configuré par {who} le {when}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Empreinte du certificat (SHA-256) : {fingerprint}</translation>
    </message>
    <message>
        <source>Root fingerprint (SHA-256): {fingerprint}</source>
        <translation>Empreinte du certificat racine (SHA-256) : {fingerprint}</translation>
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
        <translation>Sa phrase secrète :</translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>Lecture de la carte…</translation>
    </message>
    <message>
        <source>Demo identity</source>
        <translation>Identité de démonstration</translation>
    </message>
    <message>
        <source>Replace the signing identity with a generated DEMO identity? Reports signed with it say so and prove nothing to a prosecutor.</source>
        <translation>Remplacer l&apos;identité de signature par une identité de DÉMONSTRATION générée ? Les rapports signés avec elle le mentionnent et ne prouvent rien pour un parquet.</translation>
    </message>
    <message>
        <source>Save the trust root</source>
        <translation>Enregistrer le certificat racine</translation>
    </message>
    <message>
        <source>PEM (*.pem)</source>
        <translation>PEM (*.pem)</translation>
    </message>
    <message>
        <source>Trust root</source>
        <translation>Racine de confiance</translation>
    </message>
    <message>
        <source>Saved to {file}.</source>
        <translation>Enregistré dans {file}.</translation>
    </message>
    <message>
        <source>Save the signing certificate</source>
        <translation>Enregistrer le certificat de signature</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificat de signature</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Pas de clé</translation>
    </message>
</context>
<context>
    <name>Void</name>
    <message>
        <source>Voided by {who} on {when}: {reason}</source>
        <translation>Invalidé par {who} le {when} : {reason}</translation>
    </message>
    <message>
        <source>Void a record</source>
        <translation>Invalider un enregistrement</translation>
    </message>
    <message>
        <source>Void this record if it was entered in the wrong file or with wrong facts. It stays in the file, struck through, with your reason; it no longer counts for deadlines, the dashboard or reports. A void cannot be undone.</source>
        <translation>Invalidez cet enregistrement s&apos;il a été saisi dans le mauvais dossier ou avec des faits erronés. Il reste barré dans le dossier, avec votre motif ; il ne compte plus pour les échéances, le tableau de bord ni les rapports. Une invalidation est définitive.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Invalider</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>invalidé</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Invalider…</translation>
    </message>
    <message>
        <source>Entered in the wrong file or with wrong facts: void it, with the reason</source>
        <translation>Saisi dans le mauvais dossier ou avec des faits erronés : invalidez-le, avec le motif</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Opened the file</source>
        <translation>Dossier consulté</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Changed details</source>
        <translation>Données modifiées</translation>
    </message>
    <message>
        <source>Added a session</source>
        <translation>Entretien ajouté</translation>
    </message>
    <message>
        <source>Changed a session</source>
        <translation>Entretien modifié</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Recorded a condition check</source>
        <translation>Contrôle d&apos;une condition enregistré</translation>
    </message>
    <message>
        <source>Changed a check</source>
        <translation>Contrôle modifié</translation>
    </message>
    <message>
        <source>Opened a judicial case</source>
        <translation>Dossier judiciaire ouvert</translation>
    </message>
    <message>
        <source>Changed the judicial case</source>
        <translation>Dossier judiciaire modifié</translation>
    </message>
    <message>
        <source>Added a court date</source>
        <translation>Audience ajoutée</translation>
    </message>
    <message>
        <source>Changed a court date</source>
        <translation>Audience modifiée</translation>
    </message>
    <message>
        <source>Added a residence document</source>
        <translation>Document de séjour ajouté</translation>
    </message>
    <message>
        <source>Changed a document</source>
        <translation>Document modifié</translation>
    </message>
    <message>
        <source>Added a goal</source>
        <translation>Objectif ajouté</translation>
    </message>
    <message>
        <source>Changed a goal</source>
        <translation>Objectif modifié</translation>
    </message>
    <message>
        <source>Milestone added</source>
        <translation>Étape ajoutée</translation>
    </message>
    <message>
        <source>Recorded a notification</source>
        <translation>Notification enregistrée</translation>
    </message>
    <message>
        <source>Changed a notification</source>
        <translation>Notification modifiée</translation>
    </message>
    <message>
        <source>Admitted to the programme</source>
        <translation>Admis(e) dans le programme</translation>
    </message>
    <message>
        <source>Programme ended</source>
        <translation>Programme terminé</translation>
    </message>
    <message>
        <source>Access granted</source>
        <translation>Accès accordé</translation>
    </message>
    <message>
        <source>Access withdrawn</source>
        <translation>Accès retiré</translation>
    </message>
    <message>
        <source>Changed the referral</source>
        <translation>Orientation modifiée</translation>
    </message>
    <message>
        <source>Changed the exploitation</source>
        <translation>Exploitation modifiée</translation>
    </message>
    <message>
        <source>Progress report made</source>
        <translation>Rapport de suivi établi</translation>
    </message>
    <message>
        <source>Progress report signed</source>
        <translation>Rapport de suivi signé</translation>
    </message>
    <message>
        <source>Case file exported</source>
        <translation>Dossier exporté</translation>
    </message>
    <message>
        <source>Added an action to the plan</source>
        <translation>Action ajoutée au plan</translation>
    </message>
    <message>
        <source>Changed an action of the plan</source>
        <translation>Action du plan modifiée</translation>
    </message>
    <message>
        <source>Added a case note</source>
        <translation>Note de dossier ajoutée</translation>
    </message>
    <message>
        <source>Changed a case note</source>
        <translation>Note de dossier modifiée</translation>
    </message>
    <message>
        <source>Planned an appointment</source>
        <translation>Rendez-vous prévu</translation>
    </message>
    <message>
        <source>Changed an appointment</source>
        <translation>Rendez-vous modifié</translation>
    </message>
    <message>
        <source>Cancelled an appointment</source>
        <translation>Rendez-vous annulé</translation>
    </message>
    <message>
        <source>Recorded an appointment as held</source>
        <translation>Rendez-vous enregistré comme tenu</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Invalidé</translation>
    </message>
    <message>
        <source>Reminder done</source>
        <translation>Rappel effectué</translation>
    </message>
    <message>
        <source>Reminder snoozed</source>
        <translation>Rappel reporté</translation>
    </message>
    <message>
        <source>Reminder handed over</source>
        <translation>Rappel confié</translation>
    </message>
    <message>
        <source>Reminder reopened</source>
        <translation>Rappel rouvert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>entry {entry}: position {position} out of order or missing before it</source>
        <translation>entrée {entry} : position {position} hors d&apos;ordre ou manquante avant elle</translation>
    </message>
    <message>
        <source>entry {entry}: does not follow the entry before it</source>
        <translation>entrée {entry} : ne suit pas l&apos;entrée précédente</translation>
    </message>
    <message>
        <source>entry {entry}: content changed after it was written</source>
        <translation>entrée {entry} : contenu modifié après son écriture</translation>
    </message>
    <message>
        <source>the trail has {length} entries but the anchor records {anchored}: entries were removed from the end</source>
        <translation>le journal compte {length} entrées mais l&apos;ancre en consigne {anchored} : des entrées ont été supprimées à la fin</translation>
    </message>
    <message>
        <source>entry {entry} does not match the anchor&apos;s hash</source>
        <translation>l&apos;entrée {entry} ne correspond pas à l&apos;empreinte de l&apos;ancre</translation>
    </message>
    <message>
        <source>seal {seal} ({date}) covers {length} entries but the trail has {count}: entries were removed</source>
        <translation>le sceau {seal} ({date}) couvre {length} entrées mais le journal en compte {count} : des entrées ont été supprimées</translation>
    </message>
    <message>
        <source>seal {seal} ({date}): the first {length} entries are not those that were sealed: the history was rewritten</source>
        <translation>sceau {seal} ({date}) : les {length} premières entrées ne sont pas celles qui ont été scellées : l&apos;historique a été réécrit</translation>
    </message>
    <message>
        <source>seal {seal} ({date}): its signature does not match what it seals</source>
        <translation>sceau {seal} ({date}) : sa signature ne correspond pas à ce qu&apos;il scelle</translation>
    </message>
    <message>
        <source>seal {seal} ({date}): not signed by a trusted signing identity</source>
        <translation>sceau {seal} ({date}) : non signé par une identité de signature de confiance</translation>
    </message>
    <message>
        <source>entry {entry} records a seal that is no longer there: seals were removed</source>
        <translation>l&apos;entrée {entry} mentionne un sceau qui n&apos;existe plus : des sceaux ont été supprimés</translation>
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
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Annex 15</source>
        <translation>Annexe 15</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>A card</source>
        <translation>Carte A</translation>
    </message>
    <message>
        <source>B card</source>
        <translation>Carte B</translation>
    </message>
    <message>
        <source>Minor&apos;s doc.</source>
        <translation>Doc. mineur</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Sexual</source>
        <translation>Sexuelle</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Économique</translation>
    </message>
    <message>
        <source>Begging</source>
        <translation>Mendicité</translation>
    </message>
    <message>
        <source>Forced crime</source>
        <translation>Criminalité forcée</translation>
    </message>
    <message>
        <source>Organs</source>
        <translation>Organes</translation>
    </message>
    <message>
        <source>Smuggling</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut de séjour</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Daily living</source>
        <translation>Vie quotidienne</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>New password for {user}: </source>
        <translation>Nouveau mot de passe pour {user} : </translation>
    </message>
    <message>
        <source>Created the database for {shelter} in {folder}.</source>
        <translation>La base de données de {shelter} a été créée dans {folder}.</translation>
    </message>
    <message>
        <source>The director account &apos;{user}&apos; can log in now.</source>
        <translation>Le compte de direction « {user} » peut maintenant se connecter.</translation>
    </message>
    <message>
        <source>RECOVERY CODE (shown only this once):</source>
        <translation>CODE DE RÉCUPÉRATION (affiché une seule fois) :</translation>
    </message>
    <message>
        <source>Print or write it down and keep it in the safe. It opens the database if every
password is lost; anyone who has it can read everything.</source>
        <translation>Imprimez-le ou notez-le et gardez-le dans le coffre. Il ouvre la base de données si tous
les mots de passe sont perdus ; quiconque le détient peut tout lire.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>RÔLES</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>pas de clé</translation>
    </message>
    <message>
        <source>Initial password for {user}: </source>
        <translation>Mot de passe initial pour {user} : </translation>
    </message>
    <message>
        <source>Added {user} ({roles}).</source>
        <translation>{user} ajouté ({roles}).</translation>
    </message>
    <message>
        <source>Removed {user}: their server login and key slot are gone.</source>
        <translation>{user} supprimé : sa connexion au serveur et sa clé n&apos;existent plus.</translation>
    </message>
    <message>
        <source>Removed {user}. The database was re-encrypted under a new key; copies of the old key-slot file no longer open it.</source>
        <translation>{user} supprimé. La base de données a été rechiffrée avec une nouvelle clé ; les copies de l&apos;ancien fichier de clés ne l&apos;ouvrent plus.</translation>
    </message>
    <message>
        <source>Set a new password for {user}.</source>
        <translation>Nouveau mot de passe défini pour {user}.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>NEW RECOVERY CODE (shown only this once; the old code no longer works):</source>
        <translation>NOUVEAU CODE DE RÉCUPÉRATION (affiché une seule fois ; l&apos;ancien code ne fonctionne plus) :</translation>
    </message>
    <message>
        <source>Password for every demo account: </source>
        <translation>Mot de passe pour tous les comptes de démonstration : </translation>
    </message>
    <message>
        <source>Created a demo database with {count} SYNTHETIC clients in {folder} ({seconds} s). No real person is in it.</source>
        <translation>Base de démonstration créée avec {count} clients FICTIFS dans {folder} ({seconds} s). Aucune personne réelle n&apos;y figure.</translation>
    </message>
    <message>
        <source>Demo accounts (user name: password):</source>
        <translation>Comptes de démonstration (nom d&apos;utilisateur : mot de passe) :</translation>
    </message>
    <message>
        <source>Demo accounts: {users} (all with the password read from standard input).</source>
        <translation>Comptes de démonstration : {users} (tous avec le mot de passe lu sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>not an ISO 3166 country code (two letters, e.g. NG or RO)</source>
        <translation>pas un code de pays ISO 3166 (deux lettres, par ex. NG ou RO)</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Code de récupération : </translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Mot de passe pour {user} : </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>cancelled; nothing more was changed.</source>
        <translation>annulé ; rien de plus n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>internal error ({where}). Please report it.</source>
        <translation>erreur interne ({where}). Merci de la signaler.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande donnée</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Database integrity: {verdict}</source>
        <translation>Intégrité de la base de données : {verdict}</translation>
    </message>
    <message>
        <source>Audit trail: {verdict} ({count} entries, head {head}...)</source>
        <translation>Journal d&apos;audit : {verdict} ({count} entrées, tête {head}...)</translation>
    </message>
    <message>
        <source>Schema revision: {revision}</source>
        <translation>Version du schéma : {revision}</translation>
    </message>
    <message>
        <source>Seals: none yet; nothing protects the audit trail against a rewrite by someone with the database key. A director seals it with &apos;shelter-desk audit seal&apos;.</source>
        <translation>Sceaux : aucun pour l&apos;instant ; rien ne protège le journal d&apos;audit contre une réécriture par quelqu&apos;un qui a la clé de la base de données. Une direction le scelle avec « shelter-desk audit seal ».</translation>
    </message>
    <message>
        <source>Seals: {verdict} ({count} seals; the newest, of {date} by {signer}, covers {sealed} of {length} entries)</source>
        <translation>Sceaux : {verdict} ({count} sceaux ; le plus récent, du {date} par {signer}, couvre {sealed} des {length} entrées)</translation>
    </message>
    <message>
        <source>  {count} seal(s) were made with another signing identity than the current one; pin the shelter&apos;s root with --trust ROOT.pem to have them checked against it.</source>
        <translation>  {count} sceau(x) ont été faits avec une autre identité de signature que l&apos;actuelle ; fixez la racine du centre avec --trust ROOT.pem pour les vérifier avec elle.</translation>
    </message>
    <message>
        <source>Sealed the audit history: {length} entries, head {head}..., signed by {signer}.</source>
        <translation>Journal d&apos;audit scellé : {length} entrées, tête {head}..., signé par {signer}.</translation>
    </message>
    <message>
        <source>Encrypted backup written to {path} ({size} bytes).</source>
        <translation>Sauvegarde chiffrée écrite dans {path} ({size} octets).</translation>
    </message>
    <message>
        <source>It opens with the passwords and the recovery code valid at this moment.</source>
        <translation>Elle s&apos;ouvre avec les mots de passe et le code de récupération valables en ce moment.</translation>
    </message>
    <message>
        <source>Recovery code of the backup: </source>
        <translation>Code de récupération de la sauvegarde : </translation>
    </message>
    <message>
        <source>Password for {user} (as in the backup): </source>
        <translation>Mot de passe pour {user} (celui de la sauvegarde) : </translation>
    </message>
    <message>
        <source>Restored {backup} into {folder}.</source>
        <translation>{backup} restauré dans {folder}.</translation>
    </message>
    <message>
        <source>The database it replaced was kept (encrypted) as {path}.</source>
        <translation>La base remplacée a été conservée (chiffrée) sous {path}.</translation>
    </message>
    <message>
        <source>PKCS#12 passphrase: </source>
        <translation>Phrase secrète du fichier PKCS#12 : </translation>
    </message>
    <message>
        <source>Token PIN: </source>
        <translation>Code PIN du jeton : </translation>
    </message>
    <message>
        <source>Signed report for {code} in {language} written to {path}.</source>
        <translation>Rapport signé pour {code} en {language} écrit dans {path}.</translation>
    </message>
    <message>
        <source>Signed by: {signer}</source>
        <translation>Signé par : {signer}</translation>
    </message>
    <message>
        <source>Signature level: PAdES {level}</source>
        <translation>Niveau de la signature : PAdES {level}</translation>
    </message>
    <message>
        <source>Report (unsigned) for {code} in {language} written to {path}.</source>
        <translation>Rapport (non signé) pour {code} en {language} écrit dans {path}.</translation>
    </message>
    <message>
        <source>Identity included.</source>
        <translation>Identité incluse.</translation>
    </message>
    <message>
        <source>Identity withheld: case code only.</source>
        <translation>Identité omise : code de dossier uniquement.</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>  problem: {problem}</source>
        <translation>  problème : {problem}</translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation>  remarque : {note}</translation>
    </message>
    <message>
        <source>RESULT: VALID</source>
        <translation>RÉSULTAT : VALIDE</translation>
    </message>
    <message>
        <source>RESULT: NOT VALID</source>
        <translation>RÉSULTAT : NON VALIDE</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>authority not trusted</source>
        <translation>autorité pas de confiance</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉ</translation>
    </message>
    <message>
        <source>{when}, by {authority} ({trust})</source>
        <translation>{when}, par {authority} ({trust})</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <source>{yes} (archival additions only: validation data, timestamps)</source>
        <translation>{yes} (ajouts d&apos;archivage seulement : données de validation, horodatages)</translation>
    </message>
    <message>
        <source>Unmodified</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Fichier entier</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>NO, another certificate</source>
        <translation>NON, un autre certificat</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>{when} (the signer&apos;s own clock)</source>
        <translation>{when} (selon l&apos;horloge du signataire)</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>not a PEM certificate</source>
        <translation>pas un certificat PEM</translation>
    </message>
    <message>
        <source>a SHA-256 fingerprint is 64 hexadecimal digits (colons allowed)</source>
        <translation>une empreinte SHA-256 compte 64 chiffres hexadécimaux (deux-points permis)</translation>
    </message>
    <message>
        <source>Case file for {code} written to {path}.</source>
        <translation>Dossier de {code} écrit dans {path}.</translation>
    </message>
    <message>
        <source>Encrypted (AES-256). Passphrase, to give BY PHONE, never with the file:</source>
        <translation>Chiffré (AES-256). Phrase secrète, à communiquer PAR TÉLÉPHONE, jamais avec le fichier :</translation>
    </message>
    <message>
        <source>Passphrase of the case file: </source>
        <translation>Phrase secrète du dossier : </translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>signed by {signer}, SHA-256 {fingerprint}</source>
        <translation>signé par {signer}, SHA-256 {fingerprint}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Empreinte du certificat (SHA-256) : {fingerprint}</translation>
    </message>
    <message>
        <source>Root fingerprint (SHA-256): {fingerprint}</source>
        <translation>Empreinte du certificat racine (SHA-256) : {fingerprint}</translation>
    </message>
    <message>
        <source>Timestamp authority: none (signatures are PAdES B-B: their time is the signer&apos;s own claim).</source>
        <translation>Autorité d&apos;horodatage : aucune (les signatures sont PAdES B-B : leur heure est celle qu&apos;affirme le signataire).</translation>
    </message>
    <message>
        <source>Timestamp authority: {url}</source>
        <translation>Autorité d&apos;horodatage : {url}</translation>
    </message>
    <message>
        <source>Its root (SHA-256): {fingerprint}</source>
        <translation>Son certificat racine (SHA-256) : {fingerprint}</translation>
    </message>
    <message>
        <source>Its root is not set: signatures are timestamped (B-T) but carry no revocation data (B-LT) until it is (signing tsa --url URL --root FILE.pem).</source>
        <translation>Son certificat racine n&apos;est pas configuré : les signatures sont horodatées (B-T) mais sans données de révocation (B-LT) tant qu&apos;il manque (signing tsa --url URL --root FILE.pem).</translation>
    </message>
    <message>
        <source>Document timestamp added (PAdES B-LTA); written to {path}.</source>
        <translation>Horodatage de document ajouté (PAdES B-LTA) ; écrit dans {path}.</translation>
    </message>
    <message>
        <source>Trust root written to {path}. Hand it to the prosecutor&apos;s office; they verify reports with: shelter-desk verify REPORT.pdf --trust ROOT.pem</source>
        <translation>Racine de confiance écrite dans {path}. Remettez-la au parquet ; il vérifie les rapports avec : shelter-desk verify REPORT.pdf --trust ROOT.pem</translation>
    </message>
    <message>
        <source>The shelter&apos;s signing certificate and its chain written to {path}.</source>
        <translation>Le certificat de signature du centre et sa chaîne écrits dans {path}.</translation>
    </message>
    <message>
        <source>Its fingerprint, to check by phone and to pin with --signer: {fingerprint}</source>
        <translation>Son empreinte, à vérifier par téléphone et à épingler avec --signer : {fingerprint}</translation>
    </message>
    <message>
        <source>No signing identity is set up.</source>
        <translation>Aucune identité de signature n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Signing identity: {kind} — {subject}</source>
        <translation>Identité de signature : {kind} — {subject}</translation>
    </message>
    <message>
        <source>  note: the signer was not pinned: compare the fingerprint above with the one the shelter gave you, or give it with --signer</source>
        <translation>  remarque : le signataire n&apos;a pas été imposé : comparez l&apos;empreinte ci-dessus avec celle que le centre vous a donnée, ou indiquez-la avec --signer</translation>
    </message>
    <message>
        <source>This is a DEMO identity, not for real use.</source>
        <translation>Ceci est une identité de DÉMONSTRATION, pas pour un usage réel.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Répétez-le : </translation>
    </message>
    <message>
        <source>use YYYY-MM-DD</source>
        <translation>utilisez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>use HH:MM (24-hour clock)</source>
        <translation>utilisez HH:MM (format 24 heures)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>{time} happens twice on {date}: the clocks go back an hour that night.
  {before}: before the change (summer time, UTC+{summer})
  {after}: after the change (winter time, UTC+{winter})
Which is it? [{before}/{after}] </source>
        <translation>{time} a lieu deux fois le {date} : on recule l&apos;heure cette nuit-là.
  {before} : avant le changement (heure d&apos;été, UTC+{summer})
  {after} : après le changement (heure d&apos;hiver, UTC+{winter})
Laquelle ? [{before}/{after}] </translation>
    </message>
    <message>
        <source>Added the court date of {date} (number {id}).</source>
        <translation>Audience du {date} ajoutée (numéro {id}).</translation>
    </message>
    <message>
        <source>Password of the database owner: </source>
        <translation>Mot de passe du propriétaire de la base : </translation>
    </message>
    <message>
        <source>Set up the server for {shelter}; this workstation now works on it.</source>
        <translation>Le serveur de {shelter} est prêt ; ce poste travaille désormais dessus.</translation>
    </message>
    <message>
        <source>This workstation now works on the server {host}, database {database} (recorded in {folder}).</source>
        <translation>Ce poste travaille désormais sur le serveur {host}, base {database} (enregistré dans {folder}).</translation>
    </message>
    <message>
        <source>The server&apos;s database is at revision {after} (was {before}).</source>
        <translation>La base du serveur est à la révision {after} (était {before}).</translation>
    </message>
    <message>
        <source>Password for {user} on the server: </source>
        <translation>Mot de passe de {user} sur le serveur : </translation>
    </message>
    <message>
        <source>Password for {user} in {source}: </source>
        <translation>Mot de passe de {user} dans {source} : </translation>
    </message>
    <message>
        <source>Moved {clients} clients, {users} accounts and {entries} audit entries to the server; the counts and the audit chain were checked there.</source>
        <translation>{clients} clients, {users} comptes et {entries} entrées d&apos;audit transférés sur le serveur ; les nombres et la chaîne d&apos;audit y ont été vérifiés.</translation>
    </message>
    <message>
        <source>ONE-TIME CODES (shown only this once). Give each colleague theirs, in person; with it they run &apos;shelter-desk server activate --user NAME&apos; and keep their password:</source>
        <translation>CODES À USAGE UNIQUE (affichés une seule fois). Remettez à chaque collègue le sien, en personne ; avec lui, il lance &apos;shelter-desk server activate --user NOM&apos; et garde son mot de passe :</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Code à usage unique : </translation>
    </message>
    <message>
        <source>Your server login is your password now; the one-time code no longer works.</source>
        <translation>Vous vous connectez désormais au serveur avec votre mot de passe ; le code à usage unique ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Voided {kind} number {id} in {code}.</source>
        <translation>{kind} numéro {id} invalidé dans {code}.</translation>
    </message>
    <message>
        <source>Planned the appointment of {when} (number {id}).</source>
        <translation>Rendez-vous du {when} prévu (numéro {id}).</translation>
    </message>
    <message>
        <source>{code} is open to {user} until closed again.</source>
        <translation>{code} est ouvert à {user} jusqu&apos;à nouvelle fermeture.</translation>
    </message>
    <message>
        <source>{code} is open to {user} until {day}.</source>
        <translation>{code} est ouvert à {user} jusqu&apos;au {day} inclus.</translation>
    </message>
    <message>
        <source>{code} is closed to {user}.</source>
        <translation>{code} est fermé à {user}.</translation>
    </message>
</context>
<context>
    <name>enum</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacte</translation>
    </message>
    <message>
        <source>Month and year</source>
        <translation>Mois et année</translation>
    </message>
    <message>
        <source>Year only</source>
        <translation>Année seulement</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimée</translation>
    </message>
    <message>
        <source>Third-country national</source>
        <translation>Ressortissant(e) d&apos;un pays tiers</translation>
    </message>
    <message>
        <source>EU citizen</source>
        <translation>Citoyen(ne) de l&apos;UE</translation>
    </message>
    <message>
        <source>Belgian</source>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>In programme</source>
        <translation>Dans le programme</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Social inspection</source>
        <translation>Inspection sociale</translation>
    </message>
    <message>
        <source>Labour auditor</source>
        <translation>Auditeur du travail</translation>
    </message>
    <message>
        <source>Public prosecutor</source>
        <translation>Procureur du Roi</translation>
    </message>
    <message>
        <source>Immigration Office</source>
        <translation>Office des étrangers</translation>
    </message>
    <message>
        <source>Asylum reception centre</source>
        <translation>Centre d&apos;accueil pour demandeurs d&apos;asile</translation>
    </message>
    <message>
        <source>CPAS / OCMW</source>
        <translation>CPAS / OCMW</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <source>Self-referral</source>
        <translation>De sa propre initiative</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>The person&apos;s own account</source>
        <translation>Le récit de la personne</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Reflection period</source>
        <translation>Période de réflexion</translation>
    </message>
    <message>
        <source>Admitted to the programme</source>
        <translation>Admis(e) dans le programme</translation>
    </message>
    <message>
        <source>Declined by the person</source>
        <translation>Refusé par la personne</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Orienté(e) ailleurs</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Exploitation sexuelle</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>Exploitation économique</translation>
    </message>
    <message>
        <source>Exploitation of begging</source>
        <translation>Exploitation de la mendicité</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>Contrainte à commettre des infractions</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Prélèvement d&apos;organes</translation>
    </message>
    <message>
        <source>Aggravated smuggling</source>
        <translation>Trafic d&apos;êtres humains avec circonstances aggravantes</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Horeca</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>Car wash</source>
        <translation>Car-wash</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Commerce de détail</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>Travail domestique</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Accompagnement psychosocial</translation>
    </message>
    <message>
        <source>Administrative support</source>
        <translation>Soutien administratif</translation>
    </message>
    <message>
        <source>Legal accompaniment</source>
        <translation>Accompagnement juridique</translation>
    </message>
    <message>
        <source>Medical accompaniment</source>
        <translation>Accompagnement médical</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Travail et formation</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>At the shelter</source>
        <translation>Au centre</translation>
    </message>
    <message>
        <source>Outreach / at home</source>
        <translation>Hors les murs / à domicile</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Commissariat</translation>
    </message>
    <message>
        <source>Lawyer&apos;s office</source>
        <translation>Cabinet d&apos;avocat</translation>
    </message>
    <message>
        <source>Phone or video</source>
        <translation>Téléphone ou vidéo</translation>
    </message>
    <message>
        <source>Programme support</source>
        <translation>Accompagnement dans le programme</translation>
    </message>
    <message>
        <source>Sharing with the police</source>
        <translation>Partage avec la police</translation>
    </message>
    <message>
        <source>Sharing with the prosecutor or labour auditor</source>
        <translation>Partage avec le parquet ou l&apos;auditorat du travail</translation>
    </message>
    <message>
        <source>Sharing with the Immigration Office</source>
        <translation>Partage avec l&apos;Office des étrangers</translation>
    </message>
    <message>
        <source>Sharing with another shelter</source>
        <translation>Partage avec un autre centre</translation>
    </message>
    <message>
        <source>Anonymous statistics</source>
        <translation>Statistiques anonymes</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Oral, with a witness</source>
        <translation>Oral, avec un témoin</translation>
    </message>
    <message>
        <source>Contact with the exploiters broken off</source>
        <translation>Contact avec les exploiteurs rompu</translation>
    </message>
    <message>
        <source>Counselling by a specialised shelter accepted</source>
        <translation>Accompagnement par un centre spécialisé accepté</translation>
    </message>
    <message>
        <source>Cooperation with the investigation</source>
        <translation>Collaboration à l&apos;enquête</translation>
    </message>
    <message>
        <source>Complied</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Point d&apos;attention</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Manquement</translation>
    </message>
    <message>
        <source>Public prosecutor (parquet / parket)</source>
        <translation>Procureur du Roi (parquet)</translation>
    </message>
    <message>
        <source>Labour auditor (auditorat / arbeidsauditoraat)</source>
        <translation>Auditeur du travail (auditorat du travail)</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Judicial investigation</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Council chamber</source>
        <translation>Chambre du conseil</translation>
    </message>
    <message>
        <source>First instance (correctional court)</source>
        <translation>Première instance (tribunal correctionnel)</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Cassation</source>
        <translation>Cassation</translation>
    </message>
    <message>
        <source>Final decision</source>
        <translation>Décision définitive</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Classé sans suite</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Plaignant(e)</translation>
    </message>
    <message>
        <source>Injured party</source>
        <translation>Personne lésée</translation>
    </message>
    <message>
        <source>Civil party</source>
        <translation>Partie civile</translation>
    </message>
    <message>
        <source>Introductory hearing</source>
        <translation>Audience d&apos;introduction</translation>
    </message>
    <message>
        <source>Pleadings</source>
        <translation>Plaidoiries</translation>
    </message>
    <message>
        <source>Pronouncement of judgment</source>
        <translation>Prononcé du jugement</translation>
    </message>
    <message>
        <source>Appeal hearing</source>
        <translation>Audience en appel</translation>
    </message>
    <message>
        <source>Hearing of the victim</source>
        <translation>Audition de la victime</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>Judgment delivered</source>
        <translation>Jugement prononcé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Annex 15 (reflection period)</source>
        <translation>Annexe 15 (période de réflexion)</translation>
    </message>
    <message>
        <source>Unaccompanied minor: 3-month document</source>
        <translation>Mineur non accompagné : document de 3 mois</translation>
    </message>
    <message>
        <source>Attestation of immatriculation (AI)</source>
        <translation>Attestation d&apos;immatriculation (AI)</translation>
    </message>
    <message>
        <source>A card (temporary stay)</source>
        <translation>Carte A (séjour temporaire)</translation>
    </message>
    <message>
        <source>B card (unlimited stay)</source>
        <translation>Carte B (séjour illimité)</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Education and language</source>
        <translation>Formation et langue</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut de séjour</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Réseau social</translation>
    </message>
    <message>
        <source>Daily living</source>
        <translation>Vie quotidienne</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Document request</source>
        <translation>Demande de document</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport de suivi</translation>
    </message>
    <message>
        <source>End of guidance</source>
        <translation>Fin de l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Contact with the exploiters</source>
        <translation>Contact avec les exploiteurs</translation>
    </message>
    <message>
        <source>Disappearance</source>
        <translation>Disparition</translation>
    </message>
    <message>
        <source>Return to the country of origin</source>
        <translation>Retour au pays d&apos;origine</translation>
    </message>
    <message>
        <source>Breach of a programme condition</source>
        <translation>Manquement à une condition du programme</translation>
    </message>
    <message>
        <source>Autonomy reached and proceedings closed</source>
        <translation>Autonomie atteinte et procédure clôturée</translation>
    </message>
    <message>
        <source>Voluntary return</source>
        <translation>Retour volontaire</translation>
    </message>
    <message>
        <source>Stopped by the client</source>
        <translation>Arrêté par la personne</translation>
    </message>
    <message>
        <source>Disappeared</source>
        <translation>Disparu(e)</translation>
    </message>
    <message>
        <source>Transferred to another shelter</source>
        <translation>Transféré(e) vers un autre centre</translation>
    </message>
    <message>
        <source>Not a trafficking case</source>
        <translation>Pas un cas de traite</translation>
    </message>
    <message>
        <source>Reflection period (annex 15)</source>
        <translation>Période de réflexion (annexe 15)</translation>
    </message>
    <message>
        <source>Attestation of immatriculation</source>
        <translation>Attestation d&apos;immatriculation</translation>
    </message>
    <message>
        <source>A card</source>
        <translation>Carte A</translation>
    </message>
    <message>
        <source>B card</source>
        <translation>Carte B</translation>
    </message>
    <message>
        <source>Minor&apos;s document</source>
        <translation>Document pour mineur</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Residence document reminder</source>
        <translation>Rappel du document de séjour</translation>
    </message>
    <message>
        <source>Request the next residence document</source>
        <translation>Demander le document de séjour suivant</translation>
    </message>
    <message>
        <source>Residence document expires</source>
        <translation>Le document de séjour expire</translation>
    </message>
    <message>
        <source>Appeal deadline</source>
        <translation>Délai d&apos;appel</translation>
    </message>
    <message>
        <source>Compensation claim deadline</source>
        <translation>Délai de la demande d&apos;aide financière</translation>
    </message>
    <message>
        <source>Condition check due</source>
        <translation>Contrôle des conditions à faire</translation>
    </message>
    <message>
        <source>Programme review</source>
        <translation>Évaluation du programme</translation>
    </message>
    <message>
        <source>Consent to review</source>
        <translation>Consentement à revoir</translation>
    </message>
    <message>
        <source>Breach to report to the prosecutor</source>
        <translation>Manquement à signaler au parquet</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Action convenue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Meeting with the lawyer</source>
        <translation>Réunion avec l&apos;avocat</translation>
    </message>
    <message>
        <source>Team decision</source>
        <translation>Décision d&apos;équipe</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Confié</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Counselling session</source>
        <translation>Entretien d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Accompaniment to a hearing</source>
        <translation>Accompagnement à une audience</translation>
    </message>
    <message>
        <source>Accompaniment to the Immigration Office</source>
        <translation>Accompagnement à l&apos;Office des étrangers</translation>
    </message>
    <message>
        <source>Medical appointment</source>
        <translation>Rendez-vous médical</translation>
    </message>
    <message>
        <source>Appointment with the lawyer</source>
        <translation>Rendez-vous chez l&apos;avocat</translation>
    </message>
    <message>
        <source>Other appointment</source>
        <translation>Autre rendez-vous</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Name the first director with --user NAME.</source>
        <translation>Indiquez la première personne de direction avec --user NOM.</translation>
    </message>
    <message>
        <source>With the recovery code, use &apos;users reset NAME&apos; instead.</source>
        <translation>Avec le code de récupération, utilisez plutôt « users reset NAME ».</translation>
    </message>
    <message>
        <source>--clients takes a number from 1 to {most}.</source>
        <translation>--clients prend un nombre de 1 à {most}.</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME (or use --recovery).</source>
        <translation>Indiquez qui vous êtes avec --user NOM (ou utilisez --recovery).</translation>
    </message>
    <message>
        <source>Log in with a password first.</source>
        <translation>Connectez-vous d&apos;abord avec un mot de passe.</translation>
    </message>
    <message>
        <source>--anchor: {problem}</source>
        <translation>--anchor : {problem}</translation>
    </message>
    <message>
        <source>{path} is too large ({size} MB) to be a report or a case file; nothing was checked.</source>
        <translation>{path} est trop volumineux ({size} Mo) pour être un rapport ou un dossier ; rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>Cannot read the trust root {path}: {reason}</source>
        <translation>Impossible de lire la racine de confiance {path} : {reason}</translation>
    </message>
    <message>
        <source>Cannot read the timestamp authority&apos;s root {path}: {reason}</source>
        <translation>Impossible de lire le certificat racine de l&apos;autorité d&apos;horodatage {path} : {reason}</translation>
    </message>
    <message>
        <source>Cannot read the certificate chain {path}: {reason}</source>
        <translation>Impossible de lire la chaîne de certificats {path} : {reason}</translation>
    </message>
    <message>
        <source>{path}: {problem}; nothing was checked.</source>
        <translation>{path} : {problem} ; rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>{path} is not an intact signed report; nothing was added.</source>
        <translation>{path} n&apos;est pas un rapport signé intact ; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>Expected {what} on standard input (one per line).</source>
        <translation>Attendu sur l&apos;entrée standard : {what} (un par ligne).</translation>
    </message>
    <message>
        <source>Nothing was typed for “{what}” (no terminal, and standard input ended).</source>
        <translation>Rien n&apos;a été tapé pour « {what} » (pas de terminal, et l&apos;entrée standard est terminée).</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The PKCS#12 passphrase is not correct (or the file is damaged).</source>
        <translation>La phrase secrète du fichier PKCS#12 est incorrecte (ou le fichier est endommagé).</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 file (.p12 or .pfx with a key and its certificate).</source>
        <translation>Ce n&apos;est pas un fichier PKCS#12 (.p12 ou .pfx contenant une clé et son certificat).</translation>
    </message>
    <message>
        <source>The token PIN is not correct.</source>
        <translation>Le code PIN du jeton est incorrect.</translation>
    </message>
    <message>
        <source>The PKCS#12 file holds no private key with its certificate.</source>
        <translation>Le fichier PKCS#12 ne contient pas de clé privée avec son certificat.</translation>
    </message>
    <message>
        <source>The token &apos;{token}&apos; could not be opened ({reason}).</source>
        <translation>Le jeton « {token} » n&apos;a pas pu être ouvert ({reason}).</translation>
    </message>
    <message>
        <source>The timestamp authority did not answer ({reason}). Check its address under Signing, or try again later.</source>
        <translation>L&apos;autorité d&apos;horodatage n&apos;a pas répondu ({reason}). Vérifiez son adresse sous Signature, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The signature could not be made ({reason}).</source>
        <translation>La signature n&apos;a pas pu être apposée ({reason}).</translation>
    </message>
    <message>
        <source>There is no such client.</source>
        <translation>Ce client n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no such referral.</source>
        <translation>Cette orientation n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no such exploitation record.</source>
        <translation>Cette donnée d&apos;exploitation n&apos;existe pas.</translation>
    </message>
    <message>
        <source>You are not allowed to {action}. The attempt was recorded.</source>
        <translation>Vous n&apos;êtes pas autorisé à {action}. La tentative a été enregistrée.</translation>
    </message>
    <message>
        <source>There is no such goal.</source>
        <translation>Cet objectif n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no such judicial case.</source>
        <translation>Cette affaire judiciaire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no such court date.</source>
        <translation>Cette date d&apos;audience n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This appointment was held: its session is in the Sessions tab.</source>
        <translation>Ce rendez-vous a eu lieu : son entretien se trouve dans l&apos;onglet Entretiens.</translation>
    </message>
    <message>
        <source>This appointment was cancelled: plan a new one instead.</source>
        <translation>Ce rendez-vous a été annulé : prévoyez-en un nouveau.</translation>
    </message>
    <message>
        <source>There is no such record.</source>
        <translation>Cet enregistrement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no client with case code {code}.</source>
        <translation>Il n&apos;y a pas de client avec le code de dossier {code}.</translation>
    </message>
    <message>
        <source>A shelter_desk database already exists in {folder}.</source>
        <translation>Une base de données shelter_desk existe déjà dans {folder}.</translation>
    </message>
    <message>
        <source>No signing identity is set up. An administrator sets one up under Administration &gt; Signing, or with &apos;shelter-desk signing&apos;.</source>
        <translation>Aucune identité de signature n&apos;est configurée. Un administrateur en configure une sous Administration &gt; Signature, ou avec « shelter-desk signing ».</translation>
    </message>
    <message>
        <source>No PKCS#11 module at {path}.</source>
        <translation>Aucun module PKCS#11 à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>No certificate labelled &apos;{label}&apos; on the token.</source>
        <translation>Aucun certificat avec le libellé « {label} » sur le jeton.</translation>
    </message>
    <message>
        <source>No timestamp authority is set up. An administrator sets one up under Administration &gt; Signing, or with &apos;shelter-desk signing tsa --url URL&apos;.</source>
        <translation>Aucune autorité d&apos;horodatage n&apos;est configurée. Un administrateur en configure une sous Administration &gt; Signature, ou avec « shelter-desk signing tsa --url URL ».</translation>
    </message>
    <message>
        <source>There is no user named {name}.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur nommé {name}.</translation>
    </message>
    <message>
        <source>The recovery code has no password to change; reset a user instead.</source>
        <translation>Le code de récupération n&apos;a pas de mot de passe à modifier ; réinitialisez plutôt celui d&apos;un utilisateur.</translation>
    </message>
    <message>
        <source>Keep backups outside the data folder (on another disk, in the safe).</source>
        <translation>Gardez les sauvegardes hors du dossier de données (sur un autre disque, dans le coffre).</translation>
    </message>
    <message>
        <source>This file is not a shelter_desk backup (unexpected content).</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde shelter_desk (contenu inattendu).</translation>
    </message>
    <message>
        <source>This file is not a shelter_desk backup.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde shelter_desk.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of shelter_desk.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de shelter_desk.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is incomplete.</source>
        <translation>Le manifeste de la sauvegarde est incomplet.</translation>
    </message>
    <message>
        <source>The backup is damaged: {member} does not match its hash.</source>
        <translation>La sauvegarde est endommagée : {member} ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <source>No such backup file: {path}</source>
        <translation>Fichier de sauvegarde introuvable : {path}</translation>
    </message>
    <message>
        <source>The backup file is damaged or is not a shelter_desk backup.</source>
        <translation>Le fichier de sauvegarde est endommagé ou n&apos;est pas une sauvegarde shelter_desk.</translation>
    </message>
    <message>
        <source>The backup holds no shelter_desk database.</source>
        <translation>La sauvegarde ne contient pas de base de données shelter_desk.</translation>
    </message>
    <message>
        <source>The key-slot file is missing, so the database cannot be opened. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;.</source>
        <translation>Le fichier de clés est manquant, la base de données ne peut donc pas être ouverte. Restaurez la dernière sauvegarde avec « shelter-desk restore BACKUP-FILE ».</translation>
    </message>
    <message>
        <source>No shelter_desk database in {folder}. Create one with &apos;shelter-desk init&apos;.</source>
        <translation>Pas de base de données shelter_desk dans {folder}. Créez-en une avec « shelter-desk init ».</translation>
    </message>
    <message>
        <source>The database file is missing. Nothing was created or changed. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;.</source>
        <translation>Le fichier de la base de données est manquant. Rien n&apos;a été créé ni modifié. Restaurez la dernière sauvegarde avec « shelter-desk restore BACKUP-FILE ».</translation>
    </message>
    <message>
        <source>The database file {file} is empty (0 bytes). Nothing was created or changed. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;.</source>
        <translation>Le fichier de la base de données {file} est vide (0 octet). Rien n&apos;a été créé ni modifié. Restaurez la dernière sauvegarde avec « shelter-desk restore BACKUP-FILE ».</translation>
    </message>
    <message>
        <source>The file {file} is not a shelter_desk database. Nothing was created or changed. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;.</source>
        <translation>Le fichier {file} n&apos;est pas une base de données shelter_desk. Rien n&apos;a été créé ni modifié. Restaurez la dernière sauvegarde avec « shelter-desk restore BACKUP-FILE ».</translation>
    </message>
    <message>
        <source>The user {name} already has a key.</source>
        <translation>L&apos;utilisateur {name} a déjà une clé.</translation>
    </message>
    <message>
        <source>The user {name} has no key.</source>
        <translation>L&apos;utilisateur {name} n&apos;a pas de clé.</translation>
    </message>
    <message>
        <source>You cannot remove your own key.</source>
        <translation>Vous ne pouvez pas supprimer votre propre clé.</translation>
    </message>
    <message>
        <source>The database is locked.</source>
        <translation>La base de données est verrouillée.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted; nothing was changed and everyone still opens it. Try again.</source>
        <translation>La base de données n&apos;a pas pu être rechiffrée ; rien n&apos;a été modifié et chacun peut encore l&apos;ouvrir. Réessayez.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The database is damaged and was not opened. Nothing was changed. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;. ({detail})</source>
        <translation>La base de données est endommagée et n&apos;a pas été ouverte. Rien n&apos;a été modifié. Restaurez la dernière sauvegarde avec « shelter-desk restore BACKUP-FILE ». ({detail})</translation>
    </message>
    <message>
        <source>The database could not be brought up to this version of shelter_desk and was not opened. Nothing was changed; a copy made just before is at {copy}. Tell the shelter&apos;s IT, with this detail: {detail}</source>
        <translation>La base de données n&apos;a pas pu être mise à niveau vers cette version de shelter_desk et n&apos;a pas été ouverte. Rien n&apos;a été modifié ; une copie faite juste avant se trouve dans {copy}. Prévenez l&apos;informatique du centre, avec ce détail : {detail}</translation>
    </message>
    <message>
        <source>A value on the shelter&apos;s server does not open ({detail}): it was changed on the server itself, or written under another key. Nothing was changed. Tell the shelter&apos;s IT: they restore the server from its own backup, or set up a new server and move the latest backup onto it with &apos;shelter-desk server import --from-backup FILE&apos;.</source>
        <translation>Une valeur sur le serveur du centre ne s&apos;ouvre pas ({detail}) : elle a été modifiée sur le serveur lui-même, ou écrite sous une autre clé. Rien n&apos;a été modifié. Prévenez l&apos;informatique du centre : elle restaure le serveur depuis sa propre sauvegarde, ou prépare un nouveau serveur et y place la dernière sauvegarde avec &apos;shelter-desk server import --from-backup FICHIER&apos;.</translation>
    </message>
    <message>
        <source>The key-slot file is damaged or unreadable and was not changed. Restore the latest backup with &apos;shelter-desk restore BACKUP-FILE&apos;. ({detail})</source>
        <translation>Le fichier de clés est endommagé ou illisible et n&apos;a pas été modifié. Restaurez la dernière sauvegarde avec « shelter-desk restore BACKUP-FILE ». ({detail})</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written (it is read-only or not yours). Nothing was changed; the database itself is intact.</source>
        <translation>Le dossier de données {folder} ne peut pas être écrit (il est en lecture seule ou ne vous appartient pas). Rien n&apos;a été modifié ; la base de données elle-même est intacte.</translation>
    </message>
    <message>
        <source>The disk is full ({folder}). Nothing more was changed and the database is intact; free some space and try again.</source>
        <translation>Le disque est plein ({folder}). Rien de plus n&apos;a été modifié et la base de données est intacte ; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Another program is using the database ({operation}, since {time}). Nothing was changed; try again when it has finished.</source>
        <translation>Un autre programme utilise la base de données ({operation}, depuis {time}). Rien n&apos;a été modifié ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>Another program is using the database. Nothing was changed; try again in a moment.</source>
        <translation>Un autre programme utilise la base de données. Rien n&apos;a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The key-slot file was changed by another program meanwhile; nothing was written. Try again.</source>
        <translation>Le fichier de clés a été modifié entre-temps par un autre programme ; rien n&apos;a été écrit. Réessayez.</translation>
    </message>
    <message>
        <source>The database was re-encrypted or restored by another program and this session can no longer open it. Log in again.</source>
        <translation>La base de données a été rechiffrée ou restaurée par un autre programme et cette session ne peut plus l&apos;ouvrir. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>A database key must be 32 random bytes; an empty key is refused.</source>
        <translation>Une clé de base de données doit compter 32 octets aléatoires ; une clé vide est refusée.</translation>
    </message>
    <message>
        <source>An empty password or recovery code is refused.</source>
        <translation>Un mot de passe ou un code de récupération vide est refusé.</translation>
    </message>
    <message>
        <source>The database connection is missing required security settings: {settings}</source>
        <translation>La connexion à la base de données n&apos;a pas les réglages de sécurité requis : {settings}</translation>
    </message>
    <message>
        <source>SQLCipher 4 is required; this installation has {version}.</source>
        <translation>SQLCipher 4 est requis ; cette installation a {version}.</translation>
    </message>
    <message>
        <source>An export came out unencrypted; it was not kept.</source>
        <translation>Une exportation est sortie non chiffrée ; elle n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>No answer: nothing was saved. Say --clock-change before or --clock-change after.</source>
        <translation>Pas de réponse : rien n&apos;a été enregistré. Indiquez --clock-change before ou --clock-change after.</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME (a director of the local database).</source>
        <translation>Dites qui vous êtes avec --user NOM (un directeur de la base locale).</translation>
    </message>
    <message>
        <source>Say who you are with --user NAME.</source>
        <translation>Dites qui vous êtes avec --user NOM.</translation>
    </message>
    <message>
        <source>Changed by {name} at {time} — reload.</source>
        <translation>Modifié par {name} à {time} — rechargez.</translation>
    </message>
    <message>
        <source>This workstation works on the shelter&apos;s server: a backup goes back onto a newly set-up server with &apos;shelter-desk server import --from-backup FILE&apos;.</source>
        <translation>Ce poste travaille sur le serveur du centre : une sauvegarde retourne sur un serveur fraîchement préparé avec &apos;shelter-desk server import --from-backup FICHIER&apos;.</translation>
    </message>
    <message>
        <source>The audit trail does not verify on the server ({problem}); nothing was moved.</source>
        <translation>La piste d&apos;audit n&apos;est pas intègre sur le serveur ({problem}) ; rien n&apos;a été transféré.</translation>
    </message>
    <message>
        <source>Name one source: --from-data-dir DIR or --from-backup FILE.</source>
        <translation>Indiquez une seule source : --from-data-dir DOSSIER ou --from-backup FICHIER.</translation>
    </message>
    <message>
        <source>Give the server as postgresql://HOST[:PORT]/DATABASE (the database name in lower case letters, digits and _, at most 30).</source>
        <translation>Indiquez le serveur sous la forme postgresql://HÔTE[:PORT]/BASE (le nom de la base en minuscules, chiffres et _, 30 au plus).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate authority is needed to check the server: add ?sslrootcert=CA.pem to the address (or --ca CA.pem).</source>
        <translation>L&apos;autorité de certification du serveur est nécessaire pour le vérifier : ajoutez ?sslrootcert=CA.pem à l&apos;adresse (ou --ca CA.pem).</translation>
    </message>
    <message>
        <source>Only sslmode=verify-full is accepted: the workstation must check that it talks to the shelter&apos;s server.</source>
        <translation>Seul sslmode=verify-full est accepté : le poste doit vérifier qu&apos;il parle au serveur du centre.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: it is asked for.</source>
        <translation>Retirez le mot de passe de l&apos;adresse : il est demandé.</translation>
    </message>
    <message>
        <source>The server settings in {file} are damaged; run &apos;shelter-desk server connect&apos; again.</source>
        <translation>Les réglages du serveur dans {file} sont endommagés ; relancez &apos;shelter-desk server connect&apos;.</translation>
    </message>
    <message>
        <source>The shelter&apos;s server {host} cannot be reached. Check the network cable or ask the shelter&apos;s IT; nothing was changed.</source>
        <translation>Le serveur {host} du centre est injoignable. Vérifiez le câble réseau ou demandez à l&apos;informatique du centre ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server {host} did not prove it is the shelter&apos;s server (its certificate does not match the shelter&apos;s CA or its name). Nothing was sent.</source>
        <translation>Le serveur {host} n&apos;a pas prouvé qu&apos;il est celui du centre (son certificat ne correspond pas à l&apos;AC du centre ou à son nom). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The shelter&apos;s server {host} does not accept connections from this workstation to this database; the shelter&apos;s IT allows it (pg_hba.conf, see docs/server.md). Nothing was changed.</source>
        <translation>Le serveur {host} du centre n&apos;accepte pas de connexions de ce poste vers cette base ; l&apos;informatique du centre les autorise (pg_hba.conf, voir docs/server.md). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server refused this change: your account may not make it. Nothing was changed.</source>
        <translation>Le serveur a refusé cette modification : votre compte ne peut pas la faire. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The server already holds a shelter&apos;s records: a database moves in only onto a server just set up with &apos;shelter-desk server init&apos;. Nothing was changed.</source>
        <translation>Le serveur contient déjà les données d&apos;un centre : une base ne se transfère que sur un serveur tout juste préparé par &apos;shelter-desk server init&apos;. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{user} is not a director of the database in {folder}: a director of it moves it in.</source>
        <translation>{user} n&apos;est pas directeur de la base dans {folder} : c&apos;est un de ses directeurs qui la transfère.</translation>
    </message>
    <message>
        <source>The server does not hold the same number of records as the local database; nothing was moved.</source>
        <translation>Le serveur ne contient pas autant d&apos;enregistrements que la base locale ; rien n&apos;a été transféré.</translation>
    </message>
    <message>
        <source>Name the database&apos;s owner role in the address: postgresql://OWNER@HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA.pem</source>
        <translation>Indiquez le rôle propriétaire de la base dans l&apos;adresse : postgresql://PROPRIÉTAIRE@HÔTE:PORT/BASE?sslmode=verify-full&amp;sslrootcert=CA.pem</translation>
    </message>
    <message>
        <source>This workstation already works on a server ({file}).</source>
        <translation>Ce poste travaille déjà sur un serveur ({file}).</translation>
    </message>
    <message>
        <source>The database {database} on the server already holds a shelter_desk installation.</source>
        <translation>La base {database} du serveur contient déjà une installation shelter_desk.</translation>
    </message>
    <message>
        <source>The database {database} holds no shelter_desk installation: set it up with &apos;shelter-desk server init&apos;.</source>
        <translation>La base {database} ne contient pas d&apos;installation shelter_desk : préparez-la avec &apos;shelter-desk server init&apos;.</translation>
    </message>
    <message>
        <source>The shelter&apos;s server holds an older database ({revision}); the shelter&apos;s IT upgrades it with &apos;shelter-desk server upgrade&apos;.</source>
        <translation>Le serveur du centre contient une base plus ancienne ({revision}) ; l&apos;informatique du centre la met à jour avec &apos;shelter-desk server upgrade&apos;.</translation>
    </message>
    <message>
        <source>The shelter&apos;s server was not upgraded for this version of the program; the shelter&apos;s IT upgrades it with &apos;shelter-desk server upgrade&apos;.</source>
        <translation>Le serveur du centre n&apos;a pas été mis à jour pour cette version du programme ; l&apos;informatique du centre le met à jour avec &apos;shelter-desk server upgrade&apos;.</translation>
    </message>
    <message>
        <source>This record was voided: it can no longer be changed.</source>
        <translation>Cet enregistrement a été invalidé : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This record was voided already.</source>
        <translation>Cet enregistrement a déjà été invalidé.</translation>
    </message>
    <message>
        <source>This saved view no longer exists.</source>
        <translation>Cette vue enregistrée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This reminder is no longer due: the file changed since the list was shown.</source>
        <translation>Ce rappel n&apos;est plus d&apos;actualité : le dossier a changé depuis l&apos;affichage de la liste.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Timestamp authority</source>
        <translation>Autorité d&apos;horodatage</translation>
    </message>
    <message>
        <source>Timestamp authority&apos;s root certificate</source>
        <translation>Certificat racine de l&apos;autorité d&apos;horodatage</translation>
    </message>
    <message>
        <source>Trust root</source>
        <translation>Racine de confiance</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Date of birth known to</source>
        <translation>Date de naissance connue à</translation>
    </message>
    <message>
        <source>Sex / gender</source>
        <translation>Sexe / genre</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur(e)</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Guardian&apos;s contact</source>
        <translation>Coordonnées du tuteur</translation>
    </message>
    <message>
        <source>Residence track</source>
        <translation>Statut de séjour</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Date d&apos;accueil</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Date de l&apos;orientation</translation>
    </message>
    <message>
        <source>Referring service</source>
        <translation>Service d&apos;orientation</translation>
    </message>
    <message>
        <source>Referring unit</source>
        <translation>Unité d&apos;orientation</translation>
    </message>
    <message>
        <source>Detected on the basis of</source>
        <translation>Détecté(e) sur la base de</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Leaflet language</source>
        <translation>Langue du dépliant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Forms of exploitation</source>
        <translation>Formes d&apos;exploitation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Loverboy method</source>
        <translation>Méthode du loverboy</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Exploited from</source>
        <translation>Exploité(e) depuis</translation>
    </message>
    <message>
        <source>Exploited until</source>
        <translation>Exploité(e) jusqu&apos;au</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Interpreter&apos;s language</source>
        <translation>Langue de l&apos;interprète</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notes confidentielles</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Comment il a été donné</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Référence du document</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Why it was cancelled</source>
        <translation>Pourquoi il a été annulé</translation>
    </message>
    <message>
        <source>Recorded session</source>
        <translation>Entretien enregistré</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Date of the check</source>
        <translation>Date du contrôle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments constatés</translation>
    </message>
    <message>
        <source>Why the breach was not reported</source>
        <translation>Pourquoi le manquement n&apos;a pas été signalé</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Parquet / auditorat</translation>
    </message>
    <message>
        <source>Judicial district</source>
        <translation>Arrondissement judiciaire</translation>
    </message>
    <message>
        <source>Reference magistrate</source>
        <translation>Magistrat de référence</translation>
    </message>
    <message>
        <source>Police report (PV) number</source>
        <translation>Numéro du procès-verbal (PV)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de notice</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Final decision on</source>
        <translation>Décision définitive le</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Standing since</source>
        <translation>Qualité depuis</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Clock change</source>
        <translation>Changement d&apos;heure</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Client attended</source>
        <translation>La personne était présente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>Prolonge</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Fixé le</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date visée</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Avancement (%)</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Atteinte le</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Lock after (minutes idle)</source>
        <translation>Verrouiller après (minutes d&apos;inactivité)</translation>
    </message>
    <message>
        <source>With an interpreter</source>
        <translation>Avec un interprète</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Aide juridique de deuxième ligne (pro deo)</translation>
    </message>
    <message>
        <source>Reported to the prosecutor</source>
        <translation>Signalé au parquet</translation>
    </message>
    <message>
        <source>Reported to the Immigration Office</source>
        <translation>Signalé à l&apos;Office des étrangers</translation>
    </message>
    <message>
        <source>A support person was present</source>
        <translation>Une personne de confiance était présente</translation>
    </message>
    <message>
        <source>The client stopped the interview</source>
        <translation>La personne a arrêté l&apos;entretien</translation>
    </message>
    <message>
        <source>The client asked questions</source>
        <translation>La personne a posé des questions</translation>
    </message>
    <message>
        <source>The client must attend</source>
        <translation>La personne doit être présente</translation>
    </message>
    <message>
        <source>A counsellor accompanies</source>
        <translation>Un accompagnateur est présent</translation>
    </message>
    <message>
        <source>Interpreter arranged</source>
        <translation>Interprète prévu</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Action convenue</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Convenue le</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Form of exploitation</source>
        <translation>Forme d&apos;exploitation</translation>
    </message>
    <message>
        <source>Intake from</source>
        <translation>Accueil du</translation>
    </message>
    <message>
        <source>Intake to</source>
        <translation>Accueil au</translation>
    </message>
    <message>
        <source>Has an overdue item</source>
        <translation>A un élément en retard</translation>
    </message>
    <message>
        <source>Name of the view</source>
        <translation>Nom de la vue</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Reporté au</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Condition check</source>
        <translation>Contrôle d&apos;une condition</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Date d&apos;audience</translation>
    </message>
    <message>
        <source>Judicial case</source>
        <translation>Dossier judiciaire</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Document de séjour</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Action convenue</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>Note de dossier</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The database is missing or empty and was not opened.</source>
        <translation>La base de données est absente ou vide et n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>The database is damaged and was not opened.</source>
        <translation>La base de données est endommagée et n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>Nothing was changed.

Restore the latest backup: type the user name and password of an administrator of that backup (or its recovery code), then press “Restore from a backup…”.</source>
        <translation>Rien n&apos;a été modifié.

Restaurez la dernière sauvegarde : saisissez le nom d&apos;utilisateur et le mot de passe d&apos;un administrateur de cette sauvegarde (ou son code de récupération), puis cliquez sur « Restaurer une sauvegarde… ».</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>retiré le {date}</translation>
    </message>
    <message>
        <source>never given</source>
        <translation>jamais donné</translation>
    </message>
    <message>
        <source>Refused: {case} has no consent for “{purpose}” ({why}). The refusal was recorded.</source>
        <translation>Refusé : {case} n&apos;a pas de consentement pour « {purpose} » ({why}). Le refus a été enregistré.</translation>
    </message>
    <message>
        <source>The file could not be written or read: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être écrit ou lu : {reason}</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). Nothing was saved. Please report it.</source>
        <translation>Un problème est survenu ({error}). Rien n&apos;a été enregistré. Merci de le signaler.</translation>
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
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>re-encryption</source>
        <translation>rechiffrement</translation>
    </message>
    <message>
        <source>database upgrade</source>
        <translation>mise à niveau de la base de données</translation>
    </message>
    <message>
        <source>user accounts change</source>
        <translation>modification des comptes</translation>
    </message>
    <message>
        <source>password change</source>
        <translation>changement de mot de passe</translation>
    </message>
    <message>
        <source>new recovery code</source>
        <translation>nouveau code de récupération</translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation>création de la base de données</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>work on this client&apos;s file</source>
        <translation>travailler sur le dossier de ce client</translation>
    </message>
    <message>
        <source>assign counsellors</source>
        <translation>attribuer des accompagnateurs</translation>
    </message>
    <message>
        <source>grant access to client files</source>
        <translation>donner accès aux dossiers des clients</translation>
    </message>
    <message>
        <source>run the integrity check</source>
        <translation>lancer le contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>make backups</source>
        <translation>faire des sauvegardes</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>restaurer des sauvegardes</translation>
    </message>
    <message>
        <source>work on client files</source>
        <translation>travailler sur les dossiers des clients</translation>
    </message>
    <message>
        <source>record case work with the recovery code</source>
        <translation>enregistrer du travail de dossier avec le code de récupération</translation>
    </message>
    <message>
        <source>make reports or exports</source>
        <translation>produire des rapports ou des exportations</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>set up the signing identity</source>
        <translation>configurer l&apos;identité de signature</translation>
    </message>
    <message>
        <source>add timestamps to signed reports</source>
        <translation>ajouter des horodatages aux rapports signés</translation>
    </message>
    <message>
        <source>sign reports</source>
        <translation>signer des rapports</translation>
    </message>
    <message>
        <source>see the user accounts</source>
        <translation>voir les comptes utilisateurs</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>gérer les comptes utilisateurs</translation>
    </message>
    <message>
        <source>renew the recovery code</source>
        <translation>renouveler le code de récupération</translation>
    </message>
    <message>
        <source>seal the audit history</source>
        <translation>sceller le journal d&apos;audit</translation>
    </message>
    <message>
        <source>void a record someone else entered (its author or a director may)</source>
        <translation>invalider un enregistrement saisi par quelqu&apos;un d&apos;autre (son auteur ou un directeur le peut)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Progress report</source>
        <translation>Rapport de suivi</translation>
    </message>
    <message>
        <source>For the public prosecutor or labour auditor in charge</source>
        <translation>À l&apos;attention du procureur du Roi ou de l&apos;auditeur du travail compétent</translation>
    </message>
    <message>
        <source>For the public prosecutor&apos;s office, {place}</source>
        <translation>Pour le parquet {place}</translation>
    </message>
    <message>
        <source>For the labour auditor&apos;s office, {place}</source>
        <translation>Pour l&apos;auditorat du travail {place}</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Made on {date} by {author}</source>
        <translation>Établi le {date} par {author}</translation>
    </message>
    <message>
        <source>Period covered: {start} to {end}</source>
        <translation>Période couverte : du {start} au {end}</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Code du dossier</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Withheld: the client has not consented to sharing their identity with the prosecutor or labour auditor. The case code identifies the file.</source>
        <translation>Non mentionnée : la personne n&apos;a pas consenti au partage de son identité avec le parquet ou l&apos;auditorat du travail. Le code du dossier identifie le dossier.</translation>
    </message>
    <message>
        <source>Withheld: on {date} the client withdrew their consent to sharing their identity with the prosecutor or labour auditor. The case code identifies the file.</source>
        <translation>Non communiquée : le {date}, la personne a retiré son consentement au partage de son identité avec le parquet ou l&apos;auditorat du travail. Le code du dossier identifie le dossier.</translation>
    </message>
    <message>
        <source>Not included in this report. The case code identifies the file.</source>
        <translation>Non reprise dans ce rapport. Le code du dossier identifie le dossier.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Aussi connu(e) sous le nom de</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Programme phase</source>
        <translation>Phase du programme</translation>
    </message>
    <message>
        <source>Residence document</source>
        <translation>Document de séjour</translation>
    </message>
    <message>
        <source>{document}, issued {issued}, valid until {expires}</source>
        <translation>{document}, délivré le {issued}, valable jusqu&apos;au {expires}</translation>
    </message>
    <message>
        <source>none at present</source>
        <translation>aucun actuellement</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <source>Intake date</source>
        <translation>Date d&apos;accueil</translation>
    </message>
    <message>
        <source>{phase} (not yet admitted to the programme)</source>
        <translation>{phase} (la personne n&apos;est pas encore admise dans le programme)</translation>
    </message>
    <message>
        <source>1. The three conditions of the programme</source>
        <translation>1. Les trois conditions du programme</translation>
    </message>
    <message>
        <source>Latest check</source>
        <translation>Dernier contrôle</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore contrôlée</translation>
    </message>
    <message>
        <source>Concerns and breaches, with the evidence recorded:</source>
        <translation>Points d&apos;attention et manquements, avec les éléments constatés :</translation>
    </message>
    <message>
        <source>No concern or breach was recorded.</source>
        <translation>Aucun point d&apos;attention ni aucun manquement n&apos;a été constaté.</translation>
    </message>
    <message>
        <source>(the prosecutor was notified)</source>
        <translation>(le parquet a été informé)</translation>
    </message>
    <message>
        <source>2. Counselling</source>
        <translation>2. Accompagnement</translation>
    </message>
    <message>
        <source>{count} counselling sessions since {since}.</source>
        <translation>{count} entretiens d&apos;accompagnement depuis le {since}.</translation>
    </message>
    <message>
        <source>One counselling session, on {since}.</source>
        <translation>Un entretien d&apos;accompagnement, le {since}.</translation>
    </message>
    <message>
        <source>No counselling session is recorded yet.</source>
        <translation>Aucun entretien d&apos;accompagnement n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>The client stopped {count} interview(s), as is their right (Control).</source>
        <translation>La personne a arrêté {count} entretien(s), comme c&apos;est son droit (contrôle).</translation>
    </message>
    <message>
        <source>Most recent sessions</source>
        <translation>Entretiens les plus récents</translation>
    </message>
    <message>
        <source>Sessions by kind</source>
        <translation>Entretiens par type</translation>
    </message>
    <message>
        <source>What is said in counselling is confidential and is not part of this report.</source>
        <translation>Ce qui est dit lors de l&apos;accompagnement est confidentiel et ne fait pas partie de ce rapport.</translation>
    </message>
    <message>
        <source>3. Judicial proceedings</source>
        <translation>3. Procédure judiciaire</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Parquet / auditorat</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>PV / case number</source>
        <translation>PV / numéro de notice</translation>
    </message>
    <message>
        <source>Standing of the victim</source>
        <translation>Qualité de la victime</translation>
    </message>
    <message>
        <source>Court dates and the client&apos;s attendance</source>
        <translation>Audiences et présence de la personne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>présent(e)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent(e)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requise</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>{time} (summer time, before the clocks went back)</source>
        <translation>{time} (heure d&apos;été, avant le recul de l&apos;heure)</translation>
    </message>
    <message>
        <source>{time} (winter time, after the clocks went back)</source>
        <translation>{time} (heure d&apos;hiver, après le recul de l&apos;heure)</translation>
    </message>
    <message>
        <source>No judicial case is recorded.</source>
        <translation>Aucun dossier judiciaire n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>No court date is recorded.</source>
        <translation>Aucune audience n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>4. Autonomy</source>
        <translation>4. Autonomie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>{status} (target date: {date})</source>
        <translation>{status} (date visée : {date})</translation>
    </message>
    <message>
        <source>No autonomy goal is recorded yet.</source>
        <translation>Aucun objectif d&apos;autonomie n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>Progress per goal (%)</source>
        <translation>Avancement par objectif (%)</translation>
    </message>
    <message>
        <source>5. Consent basis of this report</source>
        <translation>5. Consentement sur lequel repose ce rapport</translation>
    </message>
    <message>
        <source>This report rests on the client&apos;s consent to “{basis}”, given on {date}.</source>
        <translation>Ce rapport repose sur le consentement de la personne à « {basis} », donné le {date}.</translation>
    </message>
    <message>
        <source>This report rests on the client&apos;s consent to “{basis}”, given on {date} and last renewed on {renewed}.</source>
        <translation>Ce rapport repose sur le consentement de la personne à « {basis} », donné le {date} et renouvelé pour la dernière fois le {renewed}.</translation>
    </message>
    <message>
        <source>Their identity is included: they consented to “{identity}” on {date}.</source>
        <translation>Son identité est reprise : la personne a consenti à « {identity} » le {date}.</translation>
    </message>
    <message>
        <source>Their identity is left out of this report at the shelter&apos;s choice, although they consented to “{identity}”.</source>
        <translation>Le centre a choisi de ne pas reprendre son identité dans ce rapport, bien que la personne ait consenti à « {identity} ».</translation>
    </message>
    <message>
        <source>Their identity is withheld: on {date} they withdrew their consent to “{identity}”.</source>
        <translation>Son identité n&apos;est pas communiquée : le {date}, la personne a retiré son consentement à « {identity} ».</translation>
    </message>
    <message>
        <source>Their identity is withheld: they have not consented to “{identity}”.</source>
        <translation>Son identité n&apos;est pas communiquée : la personne n&apos;a pas consenti à « {identity} ».</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>given on {date}</source>
        <translation>donné le {date}</translation>
    </message>
    <message>
        <source>given on {date}, last renewed on {renewed}</source>
        <translation>donné le {date}, renouvelé pour la dernière fois le {renewed}</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>retiré le {date}</translation>
    </message>
    <message>
        <source>withdrawn on {date} (given on {given})</source>
        <translation>retiré le {date} (donné le {given})</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non donné</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Audit trail when this report was made: {length} entries, last hash below. The shelter can prove that no entry made before this report was removed since.</source>
        <translation>Journal d&apos;audit au moment de ce rapport : {length} entrées, dernier hachage ci-dessous. Le centre peut prouver qu&apos;aucune entrée antérieure n&apos;a été supprimée depuis.</translation>
    </message>
    <message>
        <source>Signed electronically by the shelter (PAdES). Any change to this file after signing is detectable.</source>
        <translation>Signé électroniquement par le centre (PAdES). Toute modification après la signature est détectable.</translation>
    </message>
    <message>
        <source>NOT SIGNED. This copy carries no electronic signature of the shelter; only a signed copy can be verified.</source>
        <translation>NON SIGNÉ. Cet exemplaire ne porte pas de signature électronique du centre ; seul un exemplaire signé peut être vérifié.</translation>
    </message>
    <message>
        <source>SYNTHETIC DEMO DATA — this file describes no real person.</source>
        <translation>DONNÉES DE DÉMONSTRATION SYNTHÉTIQUES — ce fichier ne décrit aucune personne réelle.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Signed on behalf of the shelter</source>
        <translation>Signé au nom du centre</translation>
    </message>
    <message>
        <source>on {date} at {time} (Brussels time)</source>
        <translation>le {date} à {time} (heure de Bruxelles)</translation>
    </message>
    <message>
        <source>DEMO SIGNATURE, NOT VALID FOR REAL USE</source>
        <translation>SIGNATURE DE DÉMONSTRATION, SANS VALEUR RÉELLE</translation>
    </message>
    <message>
        <source>Progress report to the magistrate in charge</source>
        <translation>Rapport de suivi au magistrat compétent</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Counsellor</source>
        <translation>Accompagnateur</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Annex 15: 45-day reflection period; reminders on day 30 and day 40 (art. 61/2)</source>
        <translation>Annexe 15 : période de réflexion de 45 jours ; rappels au 30e et au 40e jour (art. 61/2)</translation>
    </message>
    <message>
        <source>Attestation of immatriculation: 3 months, extendable once by 3 months (art. 61/3)</source>
        <translation>Attestation d&apos;immatriculation : 3 mois, prolongeable une fois de 3 mois (art. 61/3)</translation>
    </message>
    <message>
        <source>A card: 6 months, renewal requested 45 days before expiry (art. 61/4)</source>
        <translation>Carte A : 6 mois, prolongation demandée 45 jours avant l&apos;expiration (art. 61/4)</translation>
    </message>
    <message>
        <source>B card: unlimited stay (art. 61/5)</source>
        <translation>Carte B : séjour illimité (art. 61/5)</translation>
    </message>
    <message>
        <source>Unaccompanied minor: 3-month document (circular of 23 December 2016)</source>
        <translation>Mineur non accompagné : document de 3 mois (circulaire du 23 décembre 2016)</translation>
    </message>
    <message>
        <source>Court date recorded in the judicial case</source>
        <translation>Audience inscrite au dossier judiciaire</translation>
    </message>
    <message>
        <source>Appeal: 30 days after the judgment</source>
        <translation>Appel : 30 jours après le jugement</translation>
    </message>
    <message>
        <source>Claim at the Commission for financial aid to victims of intentional acts of violence: within 3 years of the final decision</source>
        <translation>Demande à la Commission pour l&apos;aide financière aux victimes d&apos;actes intentionnels de violence : dans les 3 ans de la décision définitive</translation>
    </message>
    <message>
        <source>A breach of a condition is reported to the magistrate in charge without delay (circular of 23 December 2016), or the reason for not reporting it is recorded</source>
        <translation>Un manquement à une condition est signalé sans délai au magistrat compétent (circulaire du 23 décembre 2016), ou la raison de ne pas le faire est notée</translation>
    </message>
    <message>
        <source>Programme conditions checked at least monthly while in the programme</source>
        <translation>Conditions du programme contrôlées au moins chaque mois pendant le programme</translation>
    </message>
    <message>
        <source>Programme review at 24 and 36 months after intake</source>
        <translation>Évaluation du programme 24 et 36 mois après l&apos;accueil</translation>
    </message>
    <message>
        <source>Shelter practice: each consent given is reviewed with the client every 12 months</source>
        <translation>Pratique du centre : chaque consentement donné est revu avec la personne tous les 12 mois</translation>
    </message>
    <message>
        <source>Action agreed in the client&apos;s case plan</source>
        <translation>Action convenue dans le plan d&apos;accompagnement du client</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>shelter_desk {version}: self-test</source>
        <translation>shelter_desk {version} : autotest</translation>
    </message>
    <message>
        <source>Program: {path}</source>
        <translation>Programme : {path}</translation>
    </message>
    <message>
        <source>Data folder (not opened by this test): {path}</source>
        <translation>Dossier de données (non ouvert par ce test) : {path}</translation>
    </message>
    <message>
        <source>Create an encrypted database</source>
        <translation>Créer une base de données chiffrée</translation>
    </message>
    <message>
        <source>Add a synthetic client</source>
        <translation>Ajouter un client fictif</translation>
    </message>
    <message>
        <source>Sign a report with a generated test identity</source>
        <translation>Signer un rapport avec une identité de test générée</translation>
    </message>
    <message>
        <source>Verify the signed report</source>
        <translation>Vérifier le rapport signé</translation>
    </message>
    <message>
        <source>The database is not readable as plain SQLite</source>
        <translation>La base de données n&apos;est pas lisible comme SQLite ordinaire</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Plateforme Qt</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>PostgreSQL driver (server edition)</source>
        <translation>Pilote PostgreSQL (édition serveur)</translation>
    </message>
    <message>
        <source>Nothing left behind</source>
        <translation>Rien laissé derrière</translation>
    </message>
    <message>
        <source>not run: a step it needs failed</source>
        <translation>non exécuté : une étape dont il dépend a échoué</translation>
    </message>
    <message>
        <source>the new database fails its integrity check</source>
        <translation>la nouvelle base de données échoue au contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>SQLCipher {version}; integrity and audit trail checked</source>
        <translation>SQLCipher {version} ; intégrité et journal d&apos;audit vérifiés</translation>
    </message>
    <message>
        <source>case code {code}</source>
        <translation>code de dossier {code}</translation>
    </message>
    <message>
        <source>{size} KB PDF in {language}, signed by {signer}</source>
        <translation>PDF de {size} Ko en {language}, signé par {signer}</translation>
    </message>
    <message>
        <source>the report does not verify: {problems}</source>
        <translation>le rapport n&apos;est pas valide : {problems}</translation>
    </message>
    <message>
        <source>a copy with one byte changed was accepted</source>
        <translation>une copie avec un octet modifié a été acceptée</translation>
    </message>
    <message>
        <source>intact, trusted, unmodified; a copy with one byte changed is refused</source>
        <translation>intact, de confiance, non modifié ; une copie avec un octet modifié est refusée</translation>
    </message>
    <message>
        <source>the database file starts with the plain SQLite header</source>
        <translation>le fichier de la base de données commence par l&apos;en-tête SQLite ordinaire</translation>
    </message>
    <message>
        <source>the standard sqlite3 module could read the database</source>
        <translation>le module standard sqlite3 a pu lire la base de données</translation>
    </message>
    <message>
        <source>the client&apos;s name is readable in {file}</source>
        <translation>le nom du client est lisible dans {file}</translation>
    </message>
    <message>
        <source>no SQLite header, the sqlite3 module refuses it, and the client&apos;s name is in no file</source>
        <translation>pas d&apos;en-tête SQLite, le module sqlite3 la refuse et le nom du client ne figure dans aucun fichier</translation>
    </message>
    <message>
        <source> (no screen found)</source>
        <translation> (aucun écran trouvé)</translation>
    </message>
    <message>
        <source>shelter_desk self-test</source>
        <translation>shelter_desk autotest</translation>
    </message>
    <message>
        <source>Qt ({platform}) drew an empty window</source>
        <translation>Qt ({platform}) a dessiné une fenêtre vide</translation>
    </message>
    <message>
        <source>the platform plugin {file} is missing</source>
        <translation>le module de plateforme {file} manque</translation>
    </message>
    <message>
        <source>{platform}{note}; a window was drawn</source>
        <translation>{platform}{note} ; une fenêtre a été dessinée</translation>
    </message>
    <message>
        <source>; {file} is there for the desktop</source>
        <translation> ; {file} est présent pour le bureau</translation>
    </message>
    <message>
        <source>{file} is missing from {folder}</source>
        <translation>{file} manque dans {folder}</translation>
    </message>
    <message>
        <source>Qt cannot load {file}</source>
        <translation>Qt ne peut pas charger {file}</translation>
    </message>
    <message>
        <source>{file} cannot draw {letters}</source>
        <translation>{file} ne peut pas afficher {letters}</translation>
    </message>
    <message>
        <source>{count} fonts load; Latin, Cyrillic, Greek, Arabic, Ge&apos;ez, Devanagari, Thai and Chinese letters drawn</source>
        <translation>{count} polices chargées ; lettres latines, cyrilliques, grecques, arabes, guèzes, devanagari, thaïes et chinoises dessinées</translation>
    </message>
    <message>
        <source>the {language} catalogue is missing or empty in {folder}</source>
        <translation>le catalogue {language} manque ou est vide dans {folder}</translation>
    </message>
    <message>
        <source>{language}: {file} does not load</source>
        <translation>{language} : {file} ne se charge pas</translation>
    </message>
    <message>
        <source>Dutch and French: the program&apos;s catalogues and Qt&apos;s own</source>
        <translation>néerlandais et français : les catalogues du programme et ceux de Qt</translation>
    </message>
    <message>
        <source>psycopg {version} ({implementation}), libpq {libpq}</source>
        <translation>psycopg {version} ({implementation}), libpq {libpq}</translation>
    </message>
    <message>
        <source>{folder} could not be removed</source>
        <translation>{folder} n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <source>the temporary folder was removed</source>
        <translation>le dossier temporaire a été supprimé</translation>
    </message>
    <message>
        <source>Versions: shelter_desk {app}, Python {python} ({system}), Qt {qt}, PySide6 {pyside}, SQLCipher {sqlcipher}</source>
        <translation>Versions : shelter_desk {app}, Python {python} ({system}), Qt {qt}, PySide6 {pyside}, SQLCipher {sqlcipher}</translation>
    </message>
    <message>
        <source>{failed} of {count} checks FAILED.</source>
        <translation>{failed} contrôles sur {count} ont ÉCHOUÉ.</translation>
    </message>
    <message>
        <source>All {count} checks passed.</source>
        <translation>Les {count} contrôles ont tous réussi.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>NOT RUN</source>
        <translation>NON EXÉCUTÉ</translation>
    </message>
    <message>
        <source>[{mark}] {step}: {detail} ({seconds} s)</source>
        <translation>[{mark}] {step} : {detail} ({seconds} s)</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>is required for a minor</source>
        <translation>est obligatoire pour un(e) mineur(e)</translation>
    </message>
    <message>
        <source>applies to labour exploitation only</source>
        <translation>ne s&apos;applique qu&apos;à l&apos;exploitation économique</translation>
    </message>
    <message>
        <source>is not an active counsellor</source>
        <translation>n&apos;est pas un accompagnateur actif</translation>
    </message>
    <message>
        <source>is already the client&apos;s counsellor</source>
        <translation>est déjà l&apos;accompagnateur du client</translation>
    </message>
    <message>
        <source>is before today</source>
        <translation>est antérieur à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>the programme has already ended</source>
        <translation>le programme est déjà terminé</translation>
    </message>
    <message>
        <source>only a client in intake can be admitted</source>
        <translation>seule une personne en accueil peut être admise</translation>
    </message>
    <message>
        <source>is required for a concern or a breach</source>
        <translation>est obligatoire pour un point d&apos;attention ou un manquement</translation>
    </message>
    <message>
        <source>check each of the three conditions once</source>
        <translation>contrôlez chacune des trois conditions une fois</translation>
    </message>
    <message>
        <source>is required for oral consent</source>
        <translation>est obligatoire pour un consentement oral</translation>
    </message>
    <message>
        <source>there is no consent to withdraw</source>
        <translation>il n&apos;y a pas de consentement à retirer</translation>
    </message>
    <message>
        <source>use at least 12 characters</source>
        <translation>utilisez au moins 12 caractères</translation>
    </message>
    <message>
        <source>use at most 1024 characters</source>
        <translation>utilisez au plus 1024 caractères</translation>
    </message>
    <message>
        <source>do not include your user name</source>
        <translation>n&apos;incluez pas votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>use more different characters</source>
        <translation>utilisez des caractères plus variés</translation>
    </message>
    <message>
        <source>this password is too common</source>
        <translation>ce mot de passe est trop courant</translation>
    </message>
    <message>
        <source>is required once the document is issued</source>
        <translation>est obligatoire dès que le document est délivré</translation>
    </message>
    <message>
        <source>does not apply: EU and Belgian citizens follow other residence rules</source>
        <translation>ne s&apos;applique pas : les citoyens de l&apos;UE et les Belges suivent d&apos;autres règles de séjour</translation>
    </message>
    <message>
        <source>must be an earlier document of the same client and type</source>
        <translation>doit être un document antérieur de la même personne et du même type</translation>
    </message>
    <message>
        <source>an attestation of immatriculation can be extended only once</source>
        <translation>une attestation d&apos;immatriculation ne peut être prolongée qu&apos;une fois</translation>
    </message>
    <message>
        <source>is only for unaccompanied minors</source>
        <translation>est réservé aux mineurs non accompagnés</translation>
    </message>
    <message>
        <source>{name} is taken (also by removed accounts)</source>
        <translation>{name} est déjà pris (y compris par des comptes supprimés)</translation>
    </message>
    <message>
        <source>you cannot remove your own account</source>
        <translation>vous ne pouvez pas supprimer votre propre compte</translation>
    </message>
    <message>
        <source>{name} was removed</source>
        <translation>{name} a été supprimé</translation>
    </message>
    <message>
        <source>the last administrator cannot be removed</source>
        <translation>le dernier administrateur ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>must differ from the current one</source>
        <translation>doit différer de l&apos;actuel</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>contains invisible or control characters</source>
        <translation>contient des caractères invisibles ou de contrôle</translation>
    </message>
    <message>
        <source>is longer than {max} characters</source>
        <translation>dépasse {max} caractères</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>doit être une date</translation>
    </message>
    <message>
        <source>is before {earliest}</source>
        <translation>est antérieure au {earliest}</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>est dans le futur</translation>
    </message>
    <message>
        <source>is too far in the future</source>
        <translation>est trop loin dans le futur</translation>
    </message>
    <message>
        <source>must be a time of day</source>
        <translation>doit être une heure</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>doit être oui ou non</translation>
    </message>
    <message>
        <source>is not one of the choices</source>
        <translation>ne fait pas partie des choix</translation>
    </message>
    <message>
        <source>is not an ISO 3166 country code</source>
        <translation>n&apos;est pas un code de pays ISO 3166</translation>
    </message>
    <message>
        <source>is not an ISO 639 language code</source>
        <translation>n&apos;est pas un code de langue ISO 639</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>has more than {max} entries</source>
        <translation>compte plus de {max} éléments</translation>
    </message>
    <message>
        <source>needs at least one entry</source>
        <translation>demande au moins un élément</translation>
    </message>
    <message>
        <source>use 2-32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>utilisez 2 à 32 caractères : lettres minuscules, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre</translation>
    </message>
    <message>
        <source>is before {other}</source>
        <translation>est antérieure à : {other}</translation>
    </message>
    <message>
        <source>must be an http:// or https:// address</source>
        <translation>doit être une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>is not a PEM certificate</source>
        <translation>n&apos;est pas un certificat PEM</translation>
    </message>
    <message>
        <source>does not exist on {date} in Belgium: the clocks go forward an hour that night (from 02:00 to 03:00). Check the time on the summons</source>
        <translation>n&apos;existe pas le {date} en Belgique : on avance l&apos;heure cette nuit-là (de 02:00 à 03:00). Vérifiez l&apos;heure sur la citation</translation>
    </message>
    <message>
        <source>{time} happens twice on {date}: the clocks go back an hour that night. Say whether the hearing is before the change (summer time) or after it (winter time)</source>
        <translation>{time} a lieu deux fois le {date} : on recule l&apos;heure cette nuit-là. Indiquez si l&apos;audience est avant le changement (heure d&apos;été) ou après (heure d&apos;hiver)</translation>
    </message>
    <message>
        <source>is required once the action is done</source>
        <translation>est obligatoire une fois l&apos;action faite</translation>
    </message>
    <message>
        <source>must be a counsellor or a director</source>
        <translation>doit être un accompagnateur ou un directeur</translation>
    </message>
    <message>
        <source>cannot be kept without a user account</source>
        <translation>ne peut être gardé sans compte utilisateur</translation>
    </message>
    <message>
        <source>at most {max} saved views</source>
        <translation>au plus {max} vues enregistrées</translation>
    </message>
    <message>
        <source>must be after today</source>
        <translation>doit être après aujourd&apos;hui</translation>
    </message>
    <message>
        <source>must be a counsellor or director who works on this file</source>
        <translation>doit être un·e accompagnant·e ou un·e directeur·rice qui travaille sur ce dossier</translation>
    </message>
    <message>
        <source>does not exist on that day: the clocks go forward from 02:00 to 03:00</source>
        <translation>n&apos;existe pas ce jour-là : les horloges passent de 02:00 à 03:00</translation>
    </message>
</context>
<context>
    <name>verification</name>
    <message>
        <source>the file is encrypted: give the passphrase</source>
        <translation>le fichier est chiffré : donnez la phrase secrète</translation>
    </message>
    <message>
        <source>the passphrase is not correct</source>
        <translation>la phrase secrète est incorrecte</translation>
    </message>
    <message>
        <source>not a readable case-file ZIP</source>
        <translation>pas un fichier ZIP de dossier lisible</translation>
    </message>
    <message>
        <source>the file is too large to be a case file ({size} MB)</source>
        <translation>le fichier est trop volumineux pour être un dossier ({size} Mo)</translation>
    </message>
    <message>
        <source>the manifest is not readable</source>
        <translation>le manifeste n&apos;est pas lisible</translation>
    </message>
    <message>
        <source>the manifest or its signature is missing</source>
        <translation>le manifeste ou sa signature manque</translation>
    </message>
    <message>
        <source>manifest: {problem}</source>
        <translation>manifeste : {problem}</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name} : {problem}</translation>
    </message>
    <message>
        <source>{name}: added after the case file was made</source>
        <translation>{name} : ajouté après la constitution du dossier</translation>
    </message>
    <message>
        <source>{name}: removed</source>
        <translation>{name} : retiré</translation>
    </message>
    <message>
        <source>{name}: changed</source>
        <translation>{name} : modifié</translation>
    </message>
    <message>
        <source>{name}: the archive holds this name more than once (a forged copy can hide behind the real one)</source>
        <translation>{name} : l&apos;archive contient ce nom plus d&apos;une fois (une copie falsifiée peut se cacher derrière la vraie)</translation>
    </message>
    <message>
        <source>{name}: a path a case file never holds (folders, &apos;..&apos;, drive letters, backslashes or control characters)</source>
        <translation>{name} : un chemin qu&apos;un dossier ne contient jamais (dossiers, « .. », lettres de lecteur, barres obliques inverses ou caractères de contrôle)</translation>
    </message>
    <message>
        <source>{name}: not encrypted, in an encrypted case file (anyone could have put it there)</source>
        <translation>{name} : non chiffré, dans un dossier chiffré (n&apos;importe qui a pu l&apos;y mettre)</translation>
    </message>
    <message>
        <source>the archive holds {count} entries; the manifest lists {listed}</source>
        <translation>l&apos;archive contient {count} fichiers ; le manifeste en mentionne {listed}</translation>
    </message>
    <message>
        <source>{name}: larger than the manifest says (a forged or inflating entry)</source>
        <translation>{name} : plus grand que ne l&apos;indique le manifeste (un fichier falsifié ou qui gonfle)</translation>
    </message>
    <message>
        <source>{name}: damaged (its data does not decompress or decrypt correctly)</source>
        <translation>{name} : endommagé (ses données ne se décompressent ou ne se déchiffrent pas correctement)</translation>
    </message>
    <message>
        <source>the archive holds data outside its entries (before, between or over them)</source>
        <translation>l&apos;archive contient des données hors de ses fichiers (avant, entre ou par-dessus)</translation>
    </message>
    <message>
        <source>the archive carries a comment: text outside the signed entries, which unzip and 7-Zip show as if it were part of the case file</source>
        <translation>l&apos;archive porte un commentaire : du texte hors des fichiers signés, que unzip et 7-Zip affichent comme s&apos;il faisait partie du dossier</translation>
    </message>
    <message>
        <source>{name}: carries a comment: text outside the signed entries, which unzip and 7-Zip show beside it</source>
        <translation>{name} : porte un commentaire : du texte hors des fichiers signés, que unzip et 7-Zip affichent à côté</translation>
    </message>
    <message>
        <source>{name}: its header carries data a case file never holds (an extra field)</source>
        <translation>{name} : son en-tête contient des données qu&apos;un dossier ne contient jamais (un champ supplémentaire)</translation>
    </message>
    <message>
        <source>{name}: its own header and the archive&apos;s list of entries disagree</source>
        <translation>{name} : son propre en-tête et la liste des fichiers de l&apos;archive ne concordent pas</translation>
    </message>
    <message>
        <source>{name}: dated {date}, but the case file was made on {made} (Brussels time): the date was changed</source>
        <translation>{name} : daté du {date}, alors que le dossier a été constitué le {made} (heure de Bruxelles) : la date a été modifiée</translation>
    </message>
    <message>
        <source>{name}: file attributes a case file never has</source>
        <translation>{name} : des attributs de fichier qu&apos;un dossier n&apos;a jamais</translation>
    </message>
    <message>
        <source>made by an earlier version of shelter_desk: the entries&apos; dates and attributes cannot be checked</source>
        <translation>constitué par une version antérieure de shelter_desk : les dates et attributs des fichiers ne peuvent pas être vérifiés</translation>
    </message>
    <message>
        <source>not a readable PDF ({reason})</source>
        <translation>pas un PDF lisible ({reason})</translation>
    </message>
    <message>
        <source>the file carries no signature</source>
        <translation>le fichier ne porte aucune signature</translation>
    </message>
    <message>
        <source>the file carries {count} signatures; a shelter&apos;s document carries one</source>
        <translation>le fichier porte {count} signatures ; un document d&apos;un centre en porte une</translation>
    </message>
    <message>
        <source>the signature could not be checked ({reason})</source>
        <translation>la signature n&apos;a pas pu être vérifiée ({reason})</translation>
    </message>
    <message>
        <source>the signed content was changed (digest mismatch)</source>
        <translation>le contenu signé a été modifié (empreinte différente)</translation>
    </message>
    <message>
        <source>the signer is not trusted by the given root</source>
        <translation>le signataire n&apos;est pas reconnu par la racine de confiance donnée</translation>
    </message>
    <message>
        <source>no trust root was given</source>
        <translation>aucune racine de confiance n&apos;a été donnée</translation>
    </message>
    <message>
        <source>the file was changed after signing</source>
        <translation>le fichier a été modifié après la signature</translation>
    </message>
    <message>
        <source>the signature does not cover the whole file</source>
        <translation>la signature ne couvre pas tout le fichier</translation>
    </message>
    <message>
        <source>the signed content was changed</source>
        <translation>le contenu signé a été modifié</translation>
    </message>
    <message>
        <source>signed by another certificate than the one expected (expected {expected}, found {found})</source>
        <translation>signé par un autre certificat que celui attendu (attendu {expected}, trouvé {found})</translation>
    </message>
    <message>
        <source>the signature&apos;s timestamp does not match the signature</source>
        <translation>l&apos;horodatage de la signature ne correspond pas à la signature</translation>
    </message>
    <message>
        <source>a document timestamp added after signing is damaged</source>
        <translation>un horodatage de document ajouté après la signature est endommagé</translation>
    </message>
    <message>
        <source>the timestamp authority is not among the given roots; its time is not proven (give its root with --tsa-trust)</source>
        <translation>l&apos;autorité d&apos;horodatage ne figure pas parmi les certificats racines donnés ; son heure n&apos;est pas prouvée (donnez son certificat racine avec --tsa-trust)</translation>
    </message>
</context>
</TS>
