using System.Globalization;
using System.Text.RegularExpressions;

namespace MailKitConfig.Tests.Diagnostics;

public class ProgramMessagesTests
{
    private static readonly IReadOnlyList<ProgramMessageFile> Files = ProgramMessages.Load();
    private static readonly ProgramMessageFile Thunderbird = Files[0];
    private static readonly ProgramMessageFile CLibrary = Files[1];
    private static readonly ProgramMessageFile Windows = Files[2];
    private static readonly ProgramMessageFile Php = Files[3];
    private static readonly ProgramMessageFile MailClients = Files[4];
    private static readonly ProgramMessageFile Qt = Files[5];
    private static readonly string[] MainLanguages = ["de", "fr", "es", "ru", "pl", "zh_CN"];

    [Test]
    public void The_data_names_the_commit_it_was_copied_from_and_holds_every_message_in_many_languages()
    {
        Thunderbird.Source.Should().MatchRegex("^thunderbird/thunderbird-l10n at [0-9a-f]{40} \\(\\d{4}-\\d{2}-\\d{2}\\)$");
        Thunderbird.Messages.Should().NotBeEmpty().And.OnlyContain(m => m.Texts.ContainsKey("en-GB") && m.Texts.ContainsKey("ru") && m.Texts.Count >= 40);
        Thunderbird.Messages.Should().OnlyContain(m => m.Texts.Values.All(t => !t.Contains('\n', StringComparison.Ordinal) && t.Length <= 400));
    }

    [Test]
    public void The_C_library_data_names_the_packages_it_was_copied_from_and_holds_every_message_in_many_languages()
    {
        CLibrary.Source.Should().MatchRegex(
            @"^Debian \d+: libc-l10n \S+ \(glibc \d+\.\d+\), libglib2\.0-0 \S+, glib-networking \S+, libgnutls30 \S+$");
        using var stream = typeof(ProgramMessages).Assembly.GetManifestResourceStream("MailKitConfig.Diagnostics.system-messages.json")!;
        var byFile = System.Text.Json.Nodes.JsonNode.Parse(stream)!["messages"]!.AsArray()
            .ToLookup(m => (string)m!["file"]!, m => m!["texts"]!.AsObject());
        byFile.SelectMany(f => f).Should().HaveSameCount(CLibrary.Messages);
        byFile.Where(f => f.Key != "gnutls30").SelectMany(f => f).Should().HaveCountGreaterThanOrEqualTo(16)
            .And.OnlyContain(texts => texts.Count >= 25 && MainLanguages.All(texts.ContainsKey));
        string[] gnuTlsLanguages = ["de", "fr", "es", "pl"];
        byFile["gnutls30"].Should().HaveCountGreaterThanOrEqualTo(20, "GnuTLS is translated into fewer languages")
            .And.OnlyContain(texts => texts.Count >= 12 && gnuTlsLanguages.All(texts.ContainsKey));
    }

    [Test]
    public void The_PHP_data_names_the_packages_it_was_copied_from_and_holds_every_message_in_many_languages()
    {
        Php.Source.Should().MatchRegex(
            @"^Debian \d+: libphp-phpmailer \S+, roundcube-core \S+, php-horde-imp \S+, php-horde-imap-client \S+, php-horde-smtp \S+$");
        Php.Messages.Should().HaveCountGreaterThanOrEqualTo(41).And.OnlyContain(m => m.Texts.Count >= 5);
        Php.Messages.Where(m => m.English != null).Should().HaveCount(8, "PHPMailer's and Roundcube's keys are not their English words")
            .And.OnlyContain(m => m.Texts.Count >= 40 && m.Texts.Keys.Any(l => l.StartsWith("ru", StringComparison.Ordinal)));
    }

    [Test]
    public void The_mail_clients_data_names_the_packages_it_was_copied_from_and_holds_every_message_in_many_languages()
    {
        MailClients.Source.Should().MatchRegex(@"^Debian \d+: mutt \S+, neomutt \S+, msmtp \S+, evolution-data-server-common \S+, "
            + @"geary \S+, claws-mail-i18n \S+, sylpheed-i18n \S+, libkf5imap-data \S+, libkf5mailtransport-data \S+, kdepim-runtime \S+, "
            + @"libgoa-1\.0-common \S+, balsa-data \S+, kio \S+, libkpimsmtp-data \S+, mailutils-common \S+, mpop \S+$");
        MailClients.Messages.Should().HaveCountGreaterThanOrEqualTo(153).And.OnlyContain(m => m.Texts.Count >= 5);
        MailClients.Messages.Sum(m => m.Texts.Count).Should().BeGreaterThan(5_300);
    }

    [Test]
    public void Each_Windows_text_was_seen_word_for_word_in_at_least_two_public_texts()
    {
        using var stream = typeof(ProgramMessages).Assembly.GetManifestResourceStream("MailKitConfig.Diagnostics.windows-messages.json")!;
        var messages = System.Text.Json.Nodes.JsonNode.Parse(stream)!["messages"]!.AsArray();

        Windows.Messages.Should().HaveCountGreaterThanOrEqualTo(12).And.OnlyContain(m => m.English != null && m.Texts.Count > 0);
        messages.Should().OnlyContain(m => m!["texts"]!.AsObject().All(t => m["seen"]![t.Key]!.AsArray().Count >= 2));
    }

    [Test]
    public void The_Qt_data_names_the_package_it_was_copied_from_and_holds_every_message_in_many_languages()
    {
        Qt.Source.Should().MatchRegex(@"^Debian \d+: qttranslations5-l10n \S+$");
        Qt.Messages.Should().HaveCountGreaterThanOrEqualTo(30).And.OnlyContain(m => m.Texts.Count >= 9 && m.Texts.ContainsKey("ru"));
        Qt.Messages.Count(m => m.Texts.Count >= 24).Should().BeGreaterThanOrEqualTo(25, "most are translated into Qt's every language");
    }

    [TestCase(6, "thunderbird/thunderbird-android", 7, 30, true, false, "ru", "de")]
    [TestCase(7, "aosp-mirror/platform_packages_apps_email", 4, 70, true, false, "ru", "de")]
    [TestCase(8, "Foundry376/Mailspring", 18, 80, false, false, "ru", "de")]
    [TestCase(9, "Zimbra/zm-ajax", 6, 30, true, false, "ru", "de")]
    [TestCase(10, "Alinto/sogo", 8, 40, false, false, "Russian", "German")] // SOGo names its languages
    [TestCase(11, "the-djmaze/snappymail", 2, 30, false, true, "ru", "de")]
    [TestCase(12, "nextcloud/mail", 5, 20, true, false, "de")]
    [TestCase(13, "deltachat/deltachat-android", 2, 30, true, false, "ru", "de")]
    [TestCase(14, "cypht-org/cypht", 3, 8, false, true, "ru")]
    public void A_programs_data_names_the_commit_it_was_copied_from_and_holds_every_message_in_many_languages(
        int file, string repository, int messages, int texts, bool english, bool readLast, params string[] languages)
    {
        var data = Files[file];

        data.Source.Should().MatchRegex("^" + Regex.Escape(repository) + @" at [0-9a-f]{40} \(\d{4}-\d{2}-\d{2}\)$");
        data.Messages.Should().HaveCountGreaterThanOrEqualTo(messages).And.OnlyContain(m =>
            (!english || m.English != null) && (!readLast || m.ReadLast) && m.Texts.Count >= texts
            && languages.All(m.Texts.ContainsKey));
    }

    [Test]
    public void Mailsprings_placeholders_are_written_as_the_other_programs_are()
        => Files[8].Messages.SelectMany(m => m.Texts.Values).Should()
            .NotContain(t => t.Contains("%@"), "its placeholders are written as %S");

    [Test]
    public void Each_system_message_means_in_every_language_what_its_English_text_means_to_the_classifier()
    {
        var english = Files.Where(f => f != Thunderbird).SelectMany(f => f.Messages) // Thunderbird's data keeps no English words
            .Select(m => (m.Name, m.Kind, m.ForNow, Read: Classify(MailProtocol.Smtp, MailOperationStage.Connect, AsShown(m.English ?? m.Name))))
            .ToList();

        english.Should().OnlyContain(m => m.Read.Kind == m.Kind, "the data's kind is the one the English words already have");
        english.Where(m => m.Kind == MailProblemKind.HostNotFound).Should()
            .OnlyContain(m => m.Read.IsTransient == m.ForNow, "and so is whether it is for now");
    }

    [TestCase("getaddrinfo: Temporärer Fehler bei der Namensauflösung", true)] // the C library's EAI_AGAIN
    [TestCase("Не удалось подключиться к smtp.example.ru: Временный сбой в разрешении имен", true)]
    [TestCase("Не удалось подключиться к smtp.example.ru: Неизвестное имя или служба", false)] // EAI_NONAME lasts
    public void A_lookup_that_failed_for_now_in_another_language_is_transient(string text, bool transient)
    {
        var problem = Classify(MailProtocol.Smtp, MailOperationStage.Connect, text);

        problem.Kind.Should().Be(MailProblemKind.HostNotFound);
        problem.IsTransient.Should().Be(transient);
    }

    // Programs on Linux print the C library's or GLib's message in the user's language after their own words, programs
    // on Windows Windows' own.
    [TestCase("msmtp: cannot connect to smtp.example.gr, port 587: Λήξη σύνδεσης", MailProblemKind.Timeout)]
    [TestCase("fetchmail: connection to imap.example.hu:imap [192.0.2.7/143] failed: A kapcsolatot bontotta a távoli fél.", MailProblemKind.ConnectionBroken)]
    [TestCase("mutt: Could not connect to mail.example.es (Nombre o servicio desconocido).", MailProblemKind.HostNotFound)]
    [TestCase("telnet: Unable to connect to remote host: Yhteys aikakatkaistu", MailProblemKind.Timeout)]
    [TestCase("getmail: error connecting to pop.example.pl: Oprogramowanie spowodowało przerwanie połączenia", MailProblemKind.ConnectionBroken)]
    [TestCase("Lỗi gửi thư: Kết nối bị từ chối", MailProblemKind.ConnectionRefused)]
    [TestCase("Fehler beim Verbinden mit imap.example.de: Nicht akzeptables TLS-Zertifikat", MailProblemKind.CertificateInvalid)] // GLib's, in Geary
    [TestCase("Не удалось подключиться к imap.example.ru: Узел недоступен", MailProblemKind.ConnectionRefused)]
    [TestCase("Error al conectar: Se alcanzó el tiempo de expiración", MailProblemKind.Timeout)]
    [TestCase("System.Net.Sockets.SocketException (10061): 대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다. [::ffff:192.0.2.7]:587", MailProblemKind.ConnectionRefused)] // Windows'
    [TestCase("ConnectionAbortedError: [WinError 10053] Une connexion établie a été abandonnée par un logiciel de votre ordinateur hôte", MailProblemKind.ConnectionBroken)]
    [TestCase("System.Security.Authentication.AuthenticationException: Die Zertifikatkette wurde von einer nicht vertrauenswürdigen Zertifizierungsstelle ausgestellt.", MailProblemKind.CertificateInvalid)]
    [TestCase("System.Net.Sockets.SocketException (11001): Este host não é conhecido.", MailProblemKind.HostNotFound)]
    public void A_system_message_in_another_language_names_the_cause(string text, MailProblemKind expected)
    {
        var problem = Classify(MailProtocol.Smtp, MailOperationStage.Connect, text);

        problem.Kind.Should().Be(expected);
        problem.Basis.Should().Be(ClassificationBasis.ProgramMessage);
    }

    [TestCase("self\u00A0signed\u00A0certificate in certificate chain", MailProblemKind.CertificateInvalid)] // &nbsp; of a web page
    [TestCase("Connection\u202Frefused", MailProblemKind.ConnectionRefused)] // French typography's narrow one
    public void A_no_break_space_reads_as_a_space(string text, MailProblemKind expected)
        => Classify(MailProtocol.Smtp, MailOperationStage.Tls, text).Kind.Should().Be(expected);

    [TestCase(MailOperationStage.Other, "Chyba SMTP: Autentizace selhala.", MailProblemKind.AuthenticationFailed)] // PHPMailer's, in Czech
    [TestCase(MailOperationStage.Connect, "SMTP 오류: SMTP 호스트에 접속할 수 없습니다.", MailProblemKind.ConnectionRefused)] // PHPMailer's, in Korean
    [TestCase(MailOperationStage.Other, "ログインできませんでした。", MailProblemKind.AuthenticationFailed)] // Roundcube's "Login failed."
    [TestCase(MailOperationStage.Authentication, "Было занадта шмат няўдалых спробаў увайсці. Паспрабуйце пазней.", MailProblemKind.RateLimited)] // a cause of its own
    [TestCase(MailOperationStage.Connect, "SMTP 오류: SMTP 호스트에 접속할 수 없습니다. Connection timed out", MailProblemKind.Timeout)] // the cause after it decides
    [TestCase(MailOperationStage.Tls, "ログインできませんでした。", MailProblemKind.TlsHandshakeFailed)] // the step names the failure
    [TestCase(MailOperationStage.Other, "Falló el inicio de sesión porque introdujo incorrectamente su nombre de usuario o contraseña.", MailProblemKind.AuthenticationFailed)] // Horde's webmail
    [TestCase(MailOperationStage.Other, "Kunde inte kontakta servern. Försök igen senare.", MailProblemKind.ServerUnavailable)]
    [TestCase(MailOperationStage.Other, "Sichere TLS-Verbindung zum IMAP-Server kann nicht hergestellt werden.", MailProblemKind.TlsHandshakeFailed)] // its IMAP library's
    [TestCase(MailOperationStage.Other, "Kan bericht gegevens niet opslaan omdat het te groot is.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailOperationStage.Other, "Sunucu kimlik doğrulaması gerektiriyor.", MailProblemKind.AuthenticationRequired)] // its SMTP library's
    [TestCase(MailOperationStage.Other, "Votre session a expiré.", MailProblemKind.Unknown)] // a translation the data leaves out: it says a session expired
    public void A_PHP_programs_words_of_what_failed_name_the_cause_where_nothing_else_does(MailOperationStage step, string text, MailProblemKind expected)
        => Classify(MailProtocol.Smtp, step, text).Kind.Should().Be(expected);

    [TestCase("Finden eines Rechners gescheitert", MailProblemKind.HostNotFound)] // Evolution's "Host lookup failed"
    [TestCase("Не удалось установить TLS-соединение", MailProblemKind.TlsHandshakeFailed)] // mutt's
    [TestCase("msmtp: die Wartezeit ist abgelaufen", MailProblemKind.Timeout)] // msmtp's "the operation timed out"
    [TestCase("Serwer zamknął połączenie", MailProblemKind.ConnectionBroken)] // NeoMutt's "Server closed connection"
    [TestCase("Přihlášení se nezdařilo.", MailProblemKind.AuthenticationFailed)] // mutt's "Login failed.", read last
    [TestCase("STARTTLS schlug fehl", MailProblemKind.TlsHandshakeFailed)] // Claws Mail's
    [TestCase("SSL 握手失败。", MailProblemKind.TlsHandshakeFailed)] // KMail's IMAP library's "SSL handshake failed."
    [TestCase("Ce serveur nécessite une authentification", MailProblemKind.AuthenticationRequired)] // Sylpheed's
    [TestCase("Serwer natychmiast przerwał połączenie.", MailProblemKind.ConnectionBroken)] // Akonadi's POP3 resource
    [TestCase("gnutls_handshake() failed: Ein fataler TLS-Alarm wurde empfangen.", MailProblemKind.TlsHandshakeFailed)] // GnuTLS's
    [TestCase("gnutls_record_recv: Fehler in der Pull-Funktion.", MailProblemKind.ConnectionBroken)]
    [TestCase("LOGIN ist auf diesem Server abgeschaltet.", MailProblemKind.EncryptionRequired)] // mutt's LOGINDISABLED
    [TestCase("SMTP-Server mail.example.com unterstützt den Legitimierungstypen PLAIN nicht", MailProblemKind.AuthMechanismUnsupported)] // Evolution's
    [TestCase("Das Zertifikat des Ausstellers eines lokal gefundenen Zertifikats konnte nicht gefunden werden", MailProblemKind.CertificateInvalid)] // Qt's, not a host
    [TestCase("Время на сетевую операцию истекло", MailProblemKind.Timeout)] // Qt's "Network operation timed out"
    [TestCase("Keine gemeinsamen Cipher Suites", MailProblemKind.TlsHandshakeFailed)] // Qt's
    [TestCase("Der angegebene Hostname entspricht nicht dem der Gegenseite", MailProblemKind.CertificateInvalid)] // Qt's, for Schannel's wrong principal
    [TestCase("Autentifikavimas nepavyko", MailProblemKind.AuthenticationFailed)] // Thunderbird for Android's, read last
    [TestCase("Збій аутентифікації для joe@example.com. Оновіть ваші налаштування сервера.", MailProblemKind.AuthenticationFailed)]
    [TestCase("Atestila eraro", MailProblemKind.CertificateInvalid)] // its notification of a certificate refused
    [TestCase("Связь с узлом imap.example.ru разорвана.", MailProblemKind.ConnectionBroken)] // KIO's, as KDE's programs show it
    [TestCase("Nie można się zalogować do imap.example.pl.", MailProblemKind.AuthenticationFailed)] // read last
    [TestCase("Ошибка доступа, авторизация PLAIN не поддерживается", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase("Unbekannter Rechner imap.example.de", MailProblemKind.HostNotFound)]
    [TestCase("imap.example.de: SSL-Aushandlung fehlgeschlagen", MailProblemKind.TlsHandshakeFailed)] // a message with a context
    [TestCase("Die Echtheitsprüfung des Servers (imap.example.de) ist fehlgeschlagen.", MailProblemKind.CertificateInvalid)]
    [TestCase("Die Nachricht kann nicht gesendet werden, da sie die maximal erlaubte Größe von 1048576 Byte überschreitet. (Nachrichtengröße: 2097152 Byte.)", MailProblemKind.MessageTooLarge)] // KMail's SMTP library's
    [TestCase("Почтовый ящик недоступен. Ответ сервера: 550", MailProblemKind.RecipientRejected)] // read last
    [TestCase("Почтовый ящик недоступен. Ответ сервера: 552 5.2.2 Mailbox full", MailProblemKind.MailboxFull)] // the server's words decide
    [TestCase("movemail: Rechner existiert nicht", MailProblemKind.HostNotFound)] // GNU Mailutils'
    [TestCase("mpop: der POP3-Server unterstützt über den STLS-Befehl kein TLS", MailProblemKind.TlsHandshakeFailed)] // mpop's
    [TestCase("Nie można bezpiecznie połączyć się z serwerem.", MailProblemKind.TlsHandshakeFailed)] // Android's Email app: not a refusal
    [TestCase("TLS richiesto ma non supportato dal server.", MailProblemKind.TlsHandshakeFailed)] // no STARTTLS offered
    [TestCase("Методы аутентификации не поддерживаются сервером.", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase("Nutzername oder Passwort ist falsch.", MailProblemKind.AuthenticationFailed)] // read last
    [TestCase("Превышена пропускная способность Gmail. Пожалуйста, повторите попытку позже.", MailProblemKind.RateLimited)] // Mailspring's
    [TestCase("Authentifizierungsfehler - Überprüfen Sie Ihren Benutzernamen und Ihr Passwort. (IMAP)", MailProblemKind.AuthenticationFailed)]
    [TestCase("Der Server hat gesagt, dass Sie sich über Ihr Webmail anmelden müssen.", MailProblemKind.WebLoginRequired)]
    [TestCase("Ваш пароль больше не действителен. Выберите новый пароль.", MailProblemKind.PasswordExpired)] // Zimbra's
    [TestCase("Mail konnte wegen ungültiger Adresse(n) nicht versendet werden.", MailProblemKind.RecipientRejected)]
    [TestCase("Kann Nachricht nicht versenden: Alle Empfänger sind ungültig.", MailProblemKind.RecipientRejected)] // SOGo's
    [TestCase("Votre compte a été bloqué car votre mot de passe est expiré.", MailProblemKind.PasswordExpired)]
    [TestCase("Serveur injoignable", MailProblemKind.ConnectionRefused)] // SnappyMail's, read last
    [TestCase("Serveur injoignable: Connection timed out", MailProblemKind.Timeout)] // the cause after it decides
    [TestCase("Erreur de connexion - Impossible de se connecter au serveur / port que vous avez fourni. Connection timed out", MailProblemKind.Timeout)] // read last
    [TestCase("Falscher IMAP-Benutzername oder Passwort", MailProblemKind.AuthenticationFailed)] // Nextcloud Mail's, read last
    [TestCase("Le serveur IMAP a refusé l'authentification", MailProblemKind.AuthenticationFailed)]
    [TestCase("Konfigurationserkennung ist fehlgeschlagen. Bitte die manuellen Einstellungen verwenden.", MailProblemKind.SettingsNotFound)]
    [TestCase("IMAP poslužitelj nije dostupan", MailProblemKind.ConnectionRefused)] // read last
    [TestCase("Login als \"joe@example.de\" nicht möglich. Bitte Adresse und Passwort auf Richtigkeit überprüfen.", MailProblemKind.AuthenticationFailed)] // Delta Chat's
    [TestCase("Keine Internetverbindung, Anmeldung fehlgeschlagen.", MailProblemKind.ConnectionRefused)] // no network at all
    [TestCase("Authentifizierung am SMTP Server fehlgeschlagen", MailProblemKind.AuthenticationFailed)] // Cypht's, read last
    [TestCase("Ошибка в имени пользователя или пароле", MailProblemKind.AuthenticationFailed)]
    public void A_mail_clients_message_in_another_language_names_the_cause(string text, MailProblemKind expected)
        => Classify(MailProtocol.Imap, MailOperationStage.Other, text).Kind.Should().Be(expected);

    [Test]
    public void A_translation_the_data_leaves_out_is_not_read_as_the_message()
        => Classify(MailProtocol.Imap, MailOperationStage.Other, "Lỗi xác thực").Kind.Should().NotBe(
            MailProblemKind.CertificateInvalid,
            "Thunderbird for Android's Vietnamese words for a certificate error are those of an authentication error");

    [Test]
    public void Every_message_as_its_program_shows_it_is_read_as_its_kind_in_every_language()
    {
        var shared = SharedByTwoKinds();
        var misread = Files.SelectMany(f => f.Messages)
            .SelectMany(m => m.Texts.Select(t => (m.Name, Language: t.Key, m.Kind, m.ReadLast, t.Value)))
            .Where(m => !shared.Contains(ProgramMessages.Normalize(m.Value)))
            .Where(m => ProgramMessages.PatternOf(ProgramMessages.Normalize(m.Value)).Anchor.Length >= ProgramMessages.KeyLength)
            .Select(m => (m.Name, m.Language, m.Kind, m.ReadLast, Shown: AsShown(m.Value)))
            .Where(m => (m.ReadLast ? ProgramMessages.MatchLast(m.Shown) : ProgramMessages.Match(m.Shown))?.Kind != m.Kind)
            .Select(m => $"{m.Name} ({m.Language}): {m.Shown}")
            .ToList();

        misread.Should().BeEmpty("each message's words must name its cause and no other message's");
        shared.Count.Should().BeLessThan(Files.Sum(f => f.Messages.Sum(m => m.Texts.Count)) / 100, "few translations give two causes one sentence");
    }

    [Test]
    public void Words_that_two_messages_of_different_kinds_share_decide_nothing()
    {
        var file = new ProgramMessageFile("test", [Message("netTimeoutError", MailProblemKind.Timeout, "Anslutning till server %S avbröts."),
            Message("netInterruptError", MailProblemKind.ConnectionBroken, "Anslutning till server %S avbröts."),
            Message("netResetError", MailProblemKind.ConnectionBroken, "Anslutning till server %S återställdes.")]);
        var match = ProgramMessages.MatcherOf(file);

        match("Anslutning till server mail.example.com avbröts.").Should().BeNull();
        match("Anslutning till server mail.example.com återställdes.")?.Kind.Should().Be(MailProblemKind.ConnectionBroken);
    }

    [TestCase("temps limité de connexion au serveur pop.example.fr dépassé", MailProblemKind.Timeout)] // the accent added, the period lost
    [TestCase("Het bericht kon niet worden verzonden, omdat de wachttijd voor de verbinding met uitgaande (SMTP-)server smtp.example.be is verlopen", MailProblemKind.Timeout)]
    [TestCase("Non è stato possibile inviare il messaggio perché la connessione al server in uscita (SMTP)  non è riuscita. Il server potrebbe non essere disponibile", MailProblemKind.ConnectionRefused)] // the host left out
    [TestCase("L'envoi du message a échoué.\nLe message n'a pas pu être envoyé car la connexion au serveur sortant (SMTP) \"smtp.example.fr\" a expiré.", MailProblemKind.Timeout)] // straight quotes for « »
    [TestCase("Échec de la connexion depuis le serveur imap.example.fr avec le nom d’utilisateur user@example.fr", MailProblemKind.AuthenticationFailed)] // "connexion" is the login here
    [TestCase("Сообщение не может быть отправлено, так как время ожидания соединения с Сервером исходящей почты (SMTP) smtp.example.ru истекло.", MailProblemKind.Timeout)]
    [TestCase("Il server imap.example.it non è un server IMAP4.", MailProblemKind.ProtocolError)]
    [TestCase("메일 보내는 중 오류가 발생했습니다.  SMTP서버(smtp.example.kr)를 알 수 없습니다. 서버 설정이 틀릴 가능성이 있습니다.", MailProblemKind.HostNotFound)] // a preamble other messages share, then the cause
    [TestCase("Eroare temporară pentru pop.example.ro, când se preluau mesajele noi. Operațiunea va fi reîncercată la următoarea verificare a mesajelor noi.", MailProblemKind.ServerUnavailable)] // a temporary error while fetching
    [TestCase("Thunderbird konnte keine Einstellungen für Ihr E-Mail-Konto finden.", MailProblemKind.SettingsNotFound)] // its account setup
    [TestCase("Betterbird non è riuscito a trovare le impostazioni per il tuo account email", MailProblemKind.SettingsNotFound)] // the name a placeholder
    [TestCase("Ověření se nezdařilo. Zkontrolujte prosím uživatelské jméno a heslo.", MailProblemKind.AuthenticationFailed)]
    [TestCase("Le message que vous essayez d’envoyer excède la taille globale limite du serveur.", MailProblemKind.MessageTooLarge)]
    [TestCase("Сертифікат для imap.example.ua походить не з надійного джерела.", MailProblemKind.CertificateInvalid)] // Thunderbird 128's
    public void A_pasted_dialog_is_read_whatever_its_accents_quotes_and_spaces(string text, MailProblemKind expected)
    {
        ProgramMessages.Match(text)?.Kind.Should().Be(expected);
        ProgramMessages.Match(text).Should().NotBeNull();
    }

    [Test]
    public void Thunderbirds_refused_oauth_sign_in_is_a_refused_login_that_may_be_a_refused_token()
    {
        var match = ProgramMessages.Match("Authentifizierungsfehler beim Verbinden mit dem Server imap.example.de.");

        match?.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        match?.AlsoPossible.Should().Contain(MailProblemKind.OAuthTokenInvalid);
        match.Should().NotBeNull();
    }

    [TestCase("failed to connect to server imap.example.com.", true)]
    [TestCase("failed to connect to server imap.example.com", true)]
    [TestCase("failed to connect to server: connection refused (111)", false)] // PHPMailer's words, another cause after them
    [TestCase("failed to connect to server smtp.example.com: connection refused", false)]
    public void A_message_that_ends_with_a_name_ends_with_the_sentence(string text, bool matches)
    {
        var pattern = ProgramMessages.PatternOf(ProgramMessages.Normalize("Failed to connect to server %S."));

        pattern.Anchor.Should().Be("failed to connect to server");
        pattern.Regex.IsMatch(text).Should().Be(matches);
    }

    [TestCase(0, true)]
    [TestCase(1_000_000, true)] // a megabyte of other text before it
    public void A_message_is_found_wherever_it_stands_in_a_long_text(int before, bool found)
    {
        var match = ProgramMessages.MatcherOf(new ProgramMessageFile("test", [Message("unknownHostError", MailProblemKind.HostNotFound, "Failed to connect to server %S.")]));
        var text = new string('x', before) + " Failed to connect to server imap.example.com.";

        (match(text) is not null).Should().Be(found);
        match(text + " Then: more").Should().NotBeNull();
        match("Failed to connect to server a Failed to connect to server " + new string('x', 400) + ".").Should()
            .BeNull("where the part read around the first words ends inside the second name, that is not the text's end");
    }

    [Test]
    public void The_classifier_reads_a_dialog_by_the_message_and_a_reply_inside_it_by_the_reply()
    {
        var dialog = Classify(MailProtocol.Imap, MailOperationStage.Authentication, "Accesso al server imap.example.it con nome utente user@example.it non riuscito.");
        var withReply = Classify(MailProtocol.Imap, MailOperationStage.Authentication, "Login to server imap.example.com with username user@example.com failed.\nA1 NO [UNAVAILABLE] Temporary authentication failure");

        dialog.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        dialog.Basis.Should().Be(ClassificationBasis.ProgramMessage);
        withReply.Kind.Should().Be(MailProblemKind.ServerUnavailable, "the server's reply says more than Thunderbird's words around it");
    }

    private static HashSet<string> SharedByTwoKinds()
        => [.. Files.SelectMany(f => f.Messages).SelectMany(m => m.Texts.Values.Select(t => (Text: ProgramMessages.Normalize(t), m.Kind)))
            .GroupBy(m => m.Text).Where(g => g.Select(m => m.Kind).Distinct().Count() > 1).Select(g => g.Key)];

    private static ProgramMessage Message(string name, MailProblemKind kind, string text)
        => new(name, kind, null, new Dictionary<string, string> { ["sv-SE"] = text });

    private static MailProblem Classify(MailProtocol protocol, MailOperationStage stage, string text)
        => MailProblemClassifier.Classify(new MailFailure(protocol, stage) { ReplyText = text }, CultureInfo.GetCultureInfo("en"));

    /// <summary>
    /// A message as its program shows it: a mechanism's name, a user name and a host in place of the placeholders.
    /// </summary>
    private static string AsShown(string text)
        => Regex.Replace(
            text.Replace("%s authentication", "PLAIN authentication", StringComparison.Ordinal)
                .Replace("%2$S", "user@example.com", StringComparison.Ordinal),
            @"%(?:\d+\$)?[sSd]|%\d",
            "mail.example.com");
}
