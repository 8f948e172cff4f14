using System.Globalization;
using System.Net.Sockets;
using System.Text;
using MailKit.Security;

namespace MailKitConfig.Tests.Diagnostics;

public class MailProblemClassifierTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [TestCase(SocketError.HostNotFound, MailProblemKind.HostNotFound)]
    [TestCase(SocketError.TryAgain, MailProblemKind.HostNotFound)]
    [TestCase(SocketError.ConnectionRefused, MailProblemKind.ConnectionRefused)]
    [TestCase(SocketError.NetworkUnreachable, MailProblemKind.ConnectionRefused)]
    [TestCase(SocketError.TimedOut, MailProblemKind.Timeout)]
    [TestCase(SocketError.ConnectionReset, MailProblemKind.ConnectionBroken)]
    public void Socket_errors_map_to_transport_kinds(SocketError error, MailProblemKind expected)
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Connect) { Exception = new IOException("wrapped", new SocketException((int)error)) };

        MailProblemClassifier.Classify(failure, English).Kind.Should().Be(expected);
    }

    [Test]
    public void A_tls_failure_that_is_neither_plain_text_nor_a_certificate_is_TlsHandshakeFailed_with_the_paired_port_suggested()
    {
        var failure = new MailFailure(MailProtocol.Pop3, MailOperationStage.Tls)
        {
            Exception = new SslHandshakeException("An error occurred while attempting to establish an SSL or TLS connection.", new System.Security.Authentication.AuthenticationException("SSL Handshake failed with OpenSSL error - SSL_ERROR_SSL: sslv3 alert handshake failure")),
            Host = "pop.example.com",
            Port = 995,
            Security = MailSecurity.ImplicitTls,
        };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.Kind.Should().Be(MailProblemKind.TlsHandshakeFailed);
        problem.SuggestedChange!.Endpoint.Should().Be(new ServerEndpoint("pop.example.com", 110, MailSecurity.StartTlsRequired));
        problem.Hints.Should().NotBeEmpty();
    }

    [TestCase("Error: connect ECONNREFUSED 10.0.0.1:587", MailProblemKind.ConnectionRefused)]
    [TestCase("No internet connection, login failed.", MailProblemKind.ConnectionRefused)] // Delta Chat's: no network at all
    [TestCase("The Internet connection appears to be offline.", MailProblemKind.ConnectionRefused)] // Apple's
    [TestCase("You are not connected to the internet", MailProblemKind.ConnectionRefused)]
    [TestCase("java.net.ConnectException: Connection refused (Connection refused)", MailProblemKind.ConnectionRefused)]
    [TestCase("socket.gaierror: [Errno -2] Name or service not known", MailProblemKind.HostNotFound)]
    [TestCase("System.Net.Sockets.SocketException (11001): No such host is known.", MailProblemKind.HostNotFound)]
    [TestCase("A connection attempt failed because the connected party did not properly respond after a period of time (10060)", MailProblemKind.Timeout)]
    [TestCase("Error: Greeting never received", MailProblemKind.Timeout)]
    [TestCase("ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1056)", MailProblemKind.WrongSecurityMode)]
    [TestCase("Error: self signed certificate in certificate chain\n    at TLSSocket.onConnectSecure (_tls_wrap.js:1)", MailProblemKind.CertificateInvalid)]
    [TestCase("Error: read ECONNRESET\n    at TCP.onStreamRead (internal/stream_base_commons.js:111:27)", MailProblemKind.ConnectionBroken)]
    [TestCase("msmtp: TLS certificate verification failed: the certificate hasn't got a known issuer", MailProblemKind.CertificateInvalid)]
    [TestCase("ERROR handling the incoming HTTP request: mail: Connection refused (os error 111)", MailProblemKind.ConnectionRefused)] // an application's HTTP request is not OpenSSL's "http request"
    [TestCase("error:1408F09C:SSL routines:ssl3_get_record:http request", MailProblemKind.WrongSecurityMode)]
    [TestCase("Connection could not be established with host mail.example.com [ #0]", MailProblemKind.ConnectionRefused)] // Swift Mailer, no cause named
    [TestCase("SMTP-Fehler: Konnte keine Verbindung zum SMTP-Host herstellen.", MailProblemKind.ConnectionRefused)] // PHPMailer's connect_host in German
    [TestCase("SMTP 错误：无法连接到 SMTP 主机。", MailProblemKind.ConnectionRefused)]
    [TestCase("Erro: SMTP Connect() falhou.", MailProblemKind.ConnectionRefused)]
    [TestCase("Le logiciel ne peut pas se connecter au serveur de messagerie.", MailProblemKind.ConnectionRefused)] // a catch-all with no cause, in other languages
    [TestCase("Verbindung zum Postausgangsserver konnte nicht hergestellt werden.", MailProblemKind.ConnectionRefused)]
    [TestCase("No se pudo establecer una conexión con el servidor de correo.", MailProblemKind.ConnectionRefused)]
    [TestCase("Impossibile collegarsi al server di posta in uscita.", MailProblemKind.ConnectionRefused)]
    [TestCase("Não é possível estabelecer ligação ao servidor.", MailProblemKind.ConnectionRefused)]
    [TestCase("Не удалось установить соединение с почтовым сервером.", MailProblemKind.ConnectionRefused)]
    [TestCase("Nelze se připojit k serveru odchozí pošty.", MailProblemKind.ConnectionRefused)]
    [TestCase("Kan geen verbinding maken met de mailserver.", MailProblemKind.ConnectionRefused)]
    [TestCase("Kunde inte ansluta till e-postservern.", MailProblemKind.ConnectionRefused)]
    [TestCase("Posta sunucusuyla bağlantı kurulamadı.", MailProblemKind.ConnectionRefused)]
    [TestCase("メールサーバーに接続できない状態です。", MailProblemKind.ConnectionRefused)]
    [TestCase("无法连接邮件服务器", MailProblemKind.ConnectionRefused)]
    [TestCase("메일 서버에 연결할 수 없습니다.", MailProblemKind.ConnectionRefused)] // PHPMailer's smtp_connect_failed: "SMTP Connect()" in every translation
    [TestCase("curl: (56) Failure when receiving data from the peer", MailProblemKind.ConnectionBroken)] // libcurl's CURLE_RECV_ERROR
    [TestCase("! E: could not get IP from host", MailProblemKind.HostNotFound)]
    [TestCase("Swift_TransportException: Connection could not be established with host smtp.example.com [Permission denied #13]", MailProblemKind.ConnectionRefused)] // EACCES: a firewall or SELinux forbids the connect
    [TestCase("gnutls_handshake() failed: A TLS fatal alert has been received.", MailProblemKind.TlsHandshakeFailed)] // GnuTLS's own words
    [TestCase("gnutls_handshake() failed: Could not negotiate a supported cipher suite.", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("gnutls_handshake() failed: Handshake failed", MailProblemKind.TlsHandshakeFailed)] // the alert's name alone
    [TestCase("gnutls_record_recv: Error in the pull function.", MailProblemKind.ConnectionBroken)] // reading the socket failed
    [TestCase("gnutls_handshake: received alert: CA is unknown", MailProblemKind.CertificateInvalid)]
    [TestCase("Encrypted connection unavailable", MailProblemKind.TlsHandshakeFailed)] // mutt: TLS required, no STARTTLS offered
    [TestCase("TLS not available", MailProblemKind.TlsHandshakeFailed)] // Evolution's
    [TestCase("No cipher suites in common", MailProblemKind.TlsHandshakeFailed)] // Qt's
    [TestCase("No common protocol exists between the client and the server", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("Unexpected or badly-formatted message received", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("The hostname provided does not match the one received from the peer", MailProblemKind.CertificateInvalid)]
    [TestCase("Can't safely connect to server.\n(Connection closed by peer)", MailProblemKind.TlsHandshakeFailed)] // Android's Email app: an SSLException
    [TestCase("Secure Connection Failed. SSL received a record that exceeded the maximum permissible length. Error code: SSL_ERROR_RX_RECORD_TOO_LONG", MailProblemKind.WrongSecurityMode)] // NSS: a plain reply read as TLS
    [TestCase("SSL_ERROR_RX_RECORD_TOO_LONG", MailProblemKind.WrongSecurityMode)]
    [TestCase("No se pudo establecer una conexión segura con el servidor.", MailProblemKind.TlsHandshakeFailed)] // a secure connection not made
    [TestCase("Не удалось установить защищённое соединение с сервером", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("Impossibile stabilire una connessione sicura con il server", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("Sichere Verbindung zum Server konnte nicht hergestellt werden", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("Échec de la connexion sécurisée au serveur", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("Nie udało się bezpiecznie połączyć z serwerem", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("No se puede conectar al servidor, asegúrese de que está encendido", MailProblemKind.ConnectionRefused)] // "make sure"
    [TestCase("Не удалось подключиться к серверу по SSL: Connection refused", MailProblemKind.ConnectionRefused)] // over SSL, refused
    public void Transport_failures_written_by_other_programs_are_read_by_family(string text, MailProblemKind expected)
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Connect) { ReplyText = text };

        MailProblemClassifier.Classify(failure, English).Kind.Should().Be(expected);
    }

    // Timeouts, refusals, unknown hosts, full mailboxes, large messages, relaying, sending limits, too many connections,
    // refused logins, demands to log in, unknown recipients, dropped connections, unavailable services, expired
    // passwords, disabled accounts, spam, app passwords (QQ's and NetEase's "authorisation code" among them), protocols
    // switched off for the account, demands for an encrypted connection or a web login, blocked or listed IP addresses,
    // missing permissions and syntax errors, as mail clients, devices and servers word them in other languages.
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Tempo di attesa della connessione scaduto.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Przekroczono limit czasu połączenia.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Vypršel časový limit připojení.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Bağlantı zaman aşımına uğradı.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "連線逾時", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "연결 시간이 초과되었습니다.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Tidsgränsen för anslutningen överskreds.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Час очікування з'єднання вичерпано.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Połączenie odrzucone", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Verbinding geweigerd", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Spojení odmítnuto", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Bağlantı reddedildi", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "接続が拒否されました", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "连接被拒绝", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "연결이 거부되었습니다", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Anslutningen nekades", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Hôte inconnu", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Unbekannter Host", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "No se encontró el servidor smtp.ejemplo.es.", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Host desconocido", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Impossibile trovare il server smtp.esempio.it.", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Host sconosciuto", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Servidor não encontrado", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Host desconhecido", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Сервер smtp.example.ru не найден.", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Nie znaleziono serwera smtp.przyklad.pl.", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Server niet gevonden", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Sunucu bulunamadı", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "サーバーが見つかりません", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "找不到服务器", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "서버를 찾을 수 없습니다", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Server nebyl nalezen", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Mailbox van de ontvanger is vol.", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Posta kutusu dolu", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "信箱已滿", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "받는 사람의 메일함이 가득 찼습니다", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Сообщение слишком большое.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Bericht is te groot.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "İleti çok büyük.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "メッセージのサイズが大きすぎます", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "메시지가 너무 큽니다", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Relais refusé", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Retransmisión denegada", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Relay negato", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Retransmissão negada", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Пересылка запрещена", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "中継は拒否されました", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "不允许中继", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "릴레이가 거부되었습니다", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Verzendlimiet overschreden", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Gönderim sınırı aşıldı", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "발송 한도를 초과했습니다", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Trop de connexions", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Zu viele Verbindungen", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Demasiadas conexiones", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Troppe connessioni", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Conexões em excesso", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Слишком много подключений", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Zbyt wiele połączeń", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Te veel verbindingen", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "接続数が多すぎます", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "连接数过多", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "연결이 너무 많습니다", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "554 5.7.1 Relaying verweigert", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Échec de l'authentification : identifiant ou mot de passe incorrect.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Anmeldung fehlgeschlagen: Benutzername oder Passwort falsch.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Error de autenticación: usuario o contraseña incorrectos.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Autenticazione non riuscita: nome utente o password errati.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Falha na autenticação: usuário ou senha incorretos.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Ошибка аутентификации: неверный логин или пароль.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Uwierzytelnianie nie powiodło się: nieprawidłowy login lub hasło.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Verificatie mislukt: onjuiste gebruikersnaam of wachtwoord.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Kimlik doğrulama başarısız: kullanıcı adı veya şifre hatalı.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "認証に失敗しました。ユーザー名またはパスワードが正しくありません。", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "身份验证失败：用户名或密码错误", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "인증에 실패했습니다. 아이디 또는 비밀번호가 잘못되었습니다.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Ověření selhalo: nesprávné uživatelské jméno nebo heslo.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Se requiere autenticación", MailProblemKind.AuthenticationRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Verificatie vereist", MailProblemKind.AuthenticationRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "인증이 필요합니다", MailProblemKind.AuthenticationRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Destinataire inconnu", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Empfänger unbekannt", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Destinatario desconocido", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Destinatario sconosciuto", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Destinatário desconhecido", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Получатель не найден", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Adresat nie istnieje", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Ontvanger onbekend", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Alıcı bulunamadı", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "宛先のメールアドレスが存在しません", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "收件人不存在", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "받는 사람을 찾을 수 없습니다", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Příjemce neexistuje", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "La connexion a été interrompue.", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Die Verbindung wurde unterbrochen.", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Se perdió la conexión con el servidor.", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "La connessione è stata interrotta.", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "A conexão foi interrompida.", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Соединение было разорвано.", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Połączenie zostało przerwane.", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "De verbinding is verbroken.", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Bağlantı kesildi.", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "接続が切断されました", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "连接已断开", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "연결이 끊어졌습니다", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Spojení bylo přerušeno.", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Service temporairement indisponible", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Dienst vorübergehend nicht verfügbar", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Servicio no disponible temporalmente", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Servizio temporaneamente non disponibile", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Serviço temporariamente indisponível", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Сервис временно недоступен", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Usługa chwilowo niedostępna", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Service tijdelijk niet beschikbaar", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Hizmet geçici olarak kullanılamıyor", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "サービスは一時的に利用できません", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "服务暂时不可用", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "서비스를 일시적으로 사용할 수 없습니다", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Votre mot de passe a expiré.", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Ihr Passwort ist abgelaufen.", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Su contraseña ha caducado.", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "La password è scaduta.", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "A sua senha expirou.", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Срок действия пароля истек.", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Twoje hasło wygasło.", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Uw wachtwoord is verlopen.", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Şifrenizin süresi doldu.", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "パスワードの有効期限が切れています", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "密码已过期", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "비밀번호가 만료되었습니다", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Votre compte a été désactivé.", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Ihr Konto wurde gesperrt.", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Su cuenta ha sido bloqueada.", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Il tuo account è stato sospeso.", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "A sua conta foi bloqueada.", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Ваша учетная запись заблокирована.", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Twoje konto zostało zablokowane.", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Uw account is geblokkeerd.", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Hesabınız askıya alındı.", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "アカウントが停止されています", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "您的账号已被冻结", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "계정이 잠겼습니다", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Письмо отклонено как спам", MailProblemKind.SpamRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "邮件被判定为垃圾邮件", MailProblemKind.SpamRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "スパムと判定されたため拒否されました", MailProblemKind.SpamRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Utilisez un mot de passe d'application pour vous connecter.", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Bitte verwenden Sie ein App-Passwort.", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Debe usar una contraseña de aplicación.", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "È necessario utilizzare una password per le app.", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Use uma senha de app para entrar.", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Для входа используйте пароль приложения.", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Użyj hasła aplikacji.", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "请使用授权码登录", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "アプリパスワードを使用してください", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "앱 비밀번호를 사용하세요", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "L'accès IMAP est désactivé pour ce compte.", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "IMAP-Zugriff ist für dieses Konto deaktiviert.", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "El acceso IMAP está deshabilitado para esta cuenta.", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "L'accesso IMAP è disattivato per questo account.", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "O acesso IMAP está desativado nesta conta.", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Доступ по протоколу IMAP отключён для этого ящика.", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Dostęp IMAP jest wyłączony dla tego konta.", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "IMAP服务未开启", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "POP3サービスが無効になっています", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "IMAP 사용이 비활성화되어 있습니다", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Relais non autorisé pour ce domaine", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Relaying nicht erlaubt", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Reenvío no permitido", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Inoltro non consentito", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "La taille du message dépasse la limite autorisée.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Die Nachrichtengröße überschreitet das Limit.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "El tamaño del mensaje supera el límite permitido.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "La dimensione del messaggio supera il limite.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "O tamanho da mensagem excede o limite.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Rozmiar wiadomości przekracza limit.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "De berichtgrootte overschrijdt de limiet.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Une connexion chiffrée est requise.", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Eine verschlüsselte Verbindung ist erforderlich.", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Se requiere una conexión cifrada.", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "È richiesta una connessione crittografata.", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Требуется шифрованное соединение.", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "需要加密连接", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Votre adresse IP est bloquée.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Ihre IP-Adresse wurde gesperrt.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Su dirección IP ha sido bloqueada.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Il tuo indirizzo IP è stato bloccato.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "O seu endereço IP foi bloqueado.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Ваш IP-адрес заблокирован.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Twój adres IP został zablokowany.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Uw IP-adres is geblokkeerd.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "IP地址被封禁", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "IPアドレスがブロックされています", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "IP 주소가 차단되었습니다", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Veuillez vous connecter via votre navigateur web.", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Bitte melden Sie sich über Ihren Webbrowser an.", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Inicie sesión a través de su navegador web.", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Accedi tramite il tuo browser web.", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Faça login pelo navegador da web.", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Войдите в почту через веб-браузер.", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "请通过网页浏览器登录", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "ウェブブラウザからログインしてください", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Erreur de syntaxe dans les paramètres.", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Syntaxfehler in den Parametern.", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Error de sintaxis en los parámetros.", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Errore di sintassi nei parametri.", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Erro de sintaxe nos parâmetros.", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Синтаксическая ошибка в параметрах.", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "参数语法错误", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "パラメーターの構文エラー", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Votre IP figure sur une liste noire.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Die IP des Absenders steht auf einer schwarzen Liste.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Su IP está en una lista negra.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "L'IP è nella lista nera.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "O IP está na lista negra.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "IP-адрес находится в черном списке.", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Permission refusée pour ce dossier.", MailProblemKind.AuthorizationFailed)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Keine Berechtigung für diesen Ordner.", MailProblemKind.AuthorizationFailed)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Permiso denegado para esta carpeta.", MailProblemKind.AuthorizationFailed)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Permesso negato per questa cartella.", MailProblemKind.AuthorizationFailed)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Permissão negada para esta pasta.", MailProblemKind.AuthorizationFailed)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Недостаточно прав для доступа к папке.", MailProblemKind.AuthorizationFailed)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Brak uprawnień do tego folderu.", MailProblemKind.AuthorizationFailed)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "没有权限访问该文件夹", MailProblemKind.AuthorizationFailed)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "このフォルダーへのアクセス権がありません", MailProblemKind.AuthorizationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "IP在黑名单中", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "IPアドレスがブラックリストに登録されています", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "SSL证书验证失败", MailProblemKind.CertificateInvalid)] // a certificate's verification, not a login's
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "証明書の検証に失敗しました", MailProblemKind.CertificateInvalid)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "인증서 검증 실패", MailProblemKind.CertificateInvalid)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Δεν ήταν δυνατή η σύνδεση με τον διακομιστή", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Yhteyden muodostaminen palvelimeen epäonnistui", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "لا يمكن الاتصال بالخادم", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Waktu koneksi habis", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Λήξη χρονικού ορίου σύνδεσης", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Aikakatkaisu: palvelin ei vastannut", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "انتهت مهلة الاتصال", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Hộp thư của người nhận đã đầy", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Kotak surat penerima penuh", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "A címzett postafiókja megtelt", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Η θυρίδα του παραλήπτη είναι πλήρης", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Không tìm thấy máy chủ", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Server tidak ditemukan", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "A kiszolgáló nem található", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Serveren blev ikke fundet", MailProblemKind.HostNotFound)]
    // The same families in English wordings made up for the purpose, not taken from the corpus.
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Basic authentication has been turned off for your organization; use modern authentication (OAuth 2.0).", MailProblemKind.BasicAuthDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Legacy authentication is blocked for this tenant.", MailProblemKind.BasicAuthDisabled)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Access via IMAP has been switched off by your administrator.", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "-ERR POP3 access has been turned off for this mailbox", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Outgoing mail for this account has been disabled because of suspicious activity.", MailProblemKind.AccountDisabled)] // the provider acted; a browser sign-in does not undo it
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "The message is larger than the server allows (limit 25 MB).", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Your attachments are bigger than the allowed maximum", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "Cannot reach the incoming mail server.", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The outgoing server could not be contacted. Check your network connection and server settings.", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The server name smtp.example.con could not be found.", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "The recipient's inbox is out of storage space.", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Mailbox has exceeded the limit", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The connection attempt took too long and was abandoned.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "Server did not respond within the allowed time", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Failed to open a connection to the IMAP server.", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Error: Could not establish a connection to mail.example.com", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "The host name imap.example.com is not valid or does not exist.", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "DNS lookup for smtp.example.com failed", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Maximum number of simultaneous IMAP connections reached", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "The server only accepts logins over an encrypted connection.", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Your password is expired and must be reset", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "The attachment exceeds the maximum allowed size", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Port 587 is blocked by your firewall or network", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The connection to the server was refused by the remote host.", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Sending took longer than 120 seconds and was cancelled", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Couldn't find the server imap.example.com. Check the server name.", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Unable to verify the identity of imap.example.com", MailProblemKind.CertificateInvalid)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "The mail server requires you to sign in before sending", MailProblemKind.AuthenticationRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "The total size of the attachments is above the limit", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "The recipient has run out of storage", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Connection was interrupted during transfer", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "SMTP sending is not enabled for your account", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Sign-in blocked: please verify it's you in the browser", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "NO Login only allowed over a secure connection", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "You've reached a limit for sending email.", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "535 Error: authentication failed, please use an authorization code instead of your password", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "The password for this account must be changed before you can sign in", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "535 5.7.3 SMTP AUTH is disabled for this mailbox", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "-ERR POP3 access has not been enabled for your account", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Please log in to your account through the website to unlock it", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "* BAD [ALERT] Please use SSL/TLS to log in", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "This server is not an open relay", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Cannot relay to external domains", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "The recipient's mailbox has no space left", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "This server requires a secure connection", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "The server requires encryption (STARTTLS) before login", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "The server only accepts encrypted connections.", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Please use STARTTLS before sending mail", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Password change required", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Please sign in through the web interface and accept the new terms before using IMAP", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Password authentication is disabled for your organisation. Sign in with OAuth.", MailProblemKind.BasicAuthDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Connection refused: your IP is listed on a spam blocklist", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "The message could not be sent because it is larger than the server's limit.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "dial tcp 192.0.2.1:0: connect: The requested address is not valid in its context.", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "smtp: dial tcp: missing address", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "stream_socket_client(): unable to connect to ssl://mail.example.com:465 (Unable to find the socket transport \"ssl\" - did you forget to enable it when you configured PHP?)", MailProblemKind.Unknown)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Missed the greeting deadline (30s)", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "A7 NO command or literal size is too large", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Error: insufficient privileges for this operation", MailProblemKind.AuthorizationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Error: mail transport unavailable", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "554 Relay service denied for 192.0.2.7", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Sunucu sertifikası geçersiz", MailProblemKind.CertificateInvalid)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "服务器暂时不可用，请稍后重试", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "La connexion au serveur a été interrompue", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Соединение с сервером было разорвано", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Weiterleitung nicht erlaubt", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "553 Unauthorized relay attempt blocked", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "451 From: domain must resolve", MailProblemKind.SenderRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Message could not be delivered: Cannot send message for 5 days", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "SMTP connection from mail.example.net [192.0.2.7]:50122 lost", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 You are limited to 200 messages / day", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 This account may send at most 50 messages/hour", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "452 the number of recipients has reached the maximum allowed", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "452 RCPT limit reached for this session", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 size of the mail body is over the maximum", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "hPutBuf: illegal operation (handle is closed)", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "hGetLine: end of file", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Error Domain=MCOErrorDomain Code=40 \"(null)\"", MailProblemKind.AppPasswordRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The operation couldn’t be completed. (MCOErrorDomain error 1.)", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The operation couldn’t be completed. (MCOErrorDomain error 4.)", MailProblemKind.CertificateInvalid)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "[error] -X IMAP Error: ErrorAuthentication.", MailProblemKind.AuthenticationFailed)] // by name, as Mailspring logs it
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Sync failed: ErrorNeedsConnectToWebmail", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "MCOErrorGmailIMAPNotEnabled", MailProblemKind.ProtocolDisabled)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "[error] IMAP Error: ErrorFetch", MailProblemKind.Unknown)] // an operation's error names no cause
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 Your sending behavior has been flagged as abusive", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "421 接続数の上限を超えました", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "メッセージの容量が上限を超えています", MailProblemKind.MessageTooLarge)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "受信者のメールボックスの容量が不足しています", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Must issue a STARTTLS command first", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail", MailProblemKind.AuthenticationRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required", MailProblemKind.AuthenticationRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 服务器繁忙，请稍后重试", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 Serveur occupé, réessayez plus tard", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 Сервер перегружен, попробуйте позже", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "554 Der Server ist ausgelastet, bitte versuchen Sie es später erneut", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 サーバーが混雑しています。しばらくしてから再度お試しください", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 5.7.1 Your mail limit has been reached.", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Login attempt from 192.0.2.4 has been rate-limited", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "452 mailbox storage exceeded for this user", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "#2.01 Out of disk space on the mail server", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "warning: SASL: Connect to private/auth failed: Connection refused", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "warning: proxy:ldap:/etc/postfix/ldap-aliases.cf lookup error for \"user@example.com\"", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 The domain example.com is not allowed in the From header", MailProblemKind.SenderRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Connection refused: 192.0.2.7 is listed on the Spamhaus block list", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "451 You have reached the maximum number of emails allowed within a 24 hour period", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "host = ssl://mail.example.com, port = 25: fsockopen(): SSL operation failed with code 1", MailProblemKind.WrongSecurityMode)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "{:tls_alert, {:unexpected_message, 'Fatal - Unexpected Message {unsupported_record_type,72}'}}", MailProblemKind.WrongSecurityMode)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Uncaught Exception: Error: Login not accepted by server! in mail.php:88 Stack trace: #0 mail.php(30): Mailer->expect(Resource id #4, 235, 'Error') #1 {main}", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Mailer error: RCPT TO not accepted by the server", MailProblemKind.Unknown)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Ошибка MAIL FROM", MailProblemKind.Unknown)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "IMAP\\Connection is already closed", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "{:network_failure, ~c\"smtp.example.com\", {:error, :closed}}", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "imap_open(): Can't open mailbox {mail.example.com:993/imap/ssl}Archive: no such mailbox", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Error: the folder Archive/2024 cannot be opened", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "535 5.7.139 Authentication unsuccessful, user is locked by your organization's policy", MailProblemKind.BasicAuthDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "connect: Address not available", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Das Senden von E-Mails wurde daher vorübergehend deaktiviert", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Hemos bloqueado temporalmente el envío desde su cuenta", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "send failed: bad response from HTTPS proxy: 407", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "errormsg='cannot locate host mail.example.com: Name or service unknown'", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "javax.mail.MessagingException: Connect failed; nested exception is: java.io.IOException: Can't verify identity of server: mail.example.com", MailProblemKind.CertificateInvalid)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "502 Command not implemented: 'AUTH'", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 Your message has links our filter\n    considers to be spam. Sending spammers are refused", MailProblemKind.SpamRejected)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "CREATE failed: Can't create mailbox node /srv/mail/Archive/2025: File exists", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Folder Reports already exists on the server", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "UIDVALIDITY of folder INBOX changed (was 12, now 15)", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "javax.mail.MessagingException: IDLE not supported", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Error: cannot set flags, the mailbox is read-only", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "ImapException: malformed BODYSTRUCTURE in the server's reply", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "sync: unable to find the UID of the appended message", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "fetch failed: IOError: closed stream", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "IDLE failed, socket aborted", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "PopServerException: unexpected reply \\x15\\x03\\x01\\x00\\x02\\x02\\x0a", MailProblemKind.WrongSecurityMode)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "452 too much recipient", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "554 收件人数量超过了限额", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "554 login error limit exceed", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "MsalServiceException: AADSTS7000222: The provided client secret keys for app 'mail-sync' are expired.", MailProblemKind.OAuthClientNotRegistered)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "AADSTS65006: Resource had no entitlements matching required permissions configured on the required resource access for client 'mail-sync'.", MailProblemKind.OAuthClientNotRegistered)] // the registration lists no permission the app asks for
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "C: AUTH XOAUTH2 [credentials]\nS: 535 5.7.3 Authentication unsuccessful\nlog: token refresh failed: AADSTS50011: The redirect URI does not match the redirect URIs configured for the application", MailProblemKind.OAuthClientNotRegistered)] // the provider's code for the app's registration, although an OAuth login was refused
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "OAuth2 authorization failed: temporarily_unavailable", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Delivery deferred: TLSA records do not match the server's certificate", MailProblemKind.CertificateInvalid)]
    public void A_family_is_read_in_the_words_and_languages_mail_programs_use(MailProtocol protocol, MailOperationStage stage, string text, MailProblemKind expected)
        => Classify(protocol, stage, text).Kind.Should().Be(expected);

    // The families of a refused login and of an unknown host, built from the word lists' meanings rather than one phrase
    // per language, read at a step that names no cause of its own; and what they must leave to other families.
    [TestCase(MailProtocol.Imap, "Das Kennwort ist falsch.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Imap, "La contraseña introducida no es válida", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Imap, "Невірний пароль для скриньки", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Imap, "Hasło jest nieprawidłowe", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Imap, "Kimlik doğrulama sunucuda başarısız oldu", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Imap, "Ошибка при аутентификации пользователя", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Imap, "Помилка автентифікації на сервері", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Imap, "Su contraseña ya no es válida", MailProblemKind.PasswordExpired)]
    [TestCase(MailProtocol.Imap, "Tymczasowy błąd uwierzytelniania", MailProblemKind.ServerUnavailable)] // a temporary failure
    [TestCase(MailProtocol.Imap, "Ошибка аутентификации сертификата сервера", MailProblemKind.CertificateInvalid)] // the certificate's check
    [TestCase(MailProtocol.Smtp, "Unbekannter Rechner smtp.example.de", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, "Невідомий вузол smtp.example.ua", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, "Máquina smtp.example.es desconocida", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, "Wyszukanie serwera nie powiodło się", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, "Résolution de l’hôte smtp.example.fr échouée", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, "Kunde inte hitta värden smtp.example.se", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, "Rechner „smtp.example.de“ kann nicht gefunden werden.", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, "Hostiteľ nebol nájdený", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, "Error desconocido del servidor", MailProblemKind.Unknown)] // an unknown error of the server
    [TestCase(MailProtocol.Imap, "Impossibile trovare la cartella sul server", MailProblemKind.Unknown)] // a folder not found
    public void A_refused_login_and_an_unknown_host_are_read_in_any_language_of_the_word_lists(MailProtocol protocol, string text, MailProblemKind expected)
        => Classify(protocol, MailOperationStage.Other, text).Kind.Should().Be(expected);

    // The same for time that ran out and a network or host out of reach; a number of connections exceeded, a password's
    // time run out and an expired certificate are left to their own families.
    [TestCase("Die Wartezeit für den Server ist abgelaufen", MailProblemKind.Timeout)]
    [TestCase("La conexión con el servidor ha expirado", MailProblemKind.Timeout)]
    [TestCase("L'opération réseau a expiré", MailProblemKind.Timeout)]
    [TestCase("Czas na połączenie upłynął", MailProblemKind.Timeout)]
    [TestCase("Das Netzwerk ist nicht erreichbar", MailProblemKind.ConnectionRefused)]
    [TestCase("Il server smtp.esempio.it non è raggiungibile", MailProblemKind.ConnectionRefused)]
    [TestCase("Host smtp.example.nl is onbereikbaar", MailProblemKind.ConnectionRefused)]
    [TestCase("Overskred antall tilkoblinger per tjener", MailProblemKind.Unknown)]
    [TestCase("Час дії вашого пароля вичерпано", MailProblemKind.Unknown)]
    [TestCase("Verbindung fehlgeschlagen: Zertifikat abgelaufen", MailProblemKind.CertificateInvalid)]
    [TestCase("StartTLS ist nicht verfügbar.", MailProblemKind.TlsHandshakeFailed)] // "StartTLS" spelt so, a copula before "not available"
    [TestCase("TLS er ikke tilgjengelig", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("Хибний сертифікат.", MailProblemKind.CertificateInvalid)] // Ukrainian's word for a certificate
    public void Time_run_out_and_a_network_out_of_reach_are_read_in_any_language_of_the_word_lists(string text, MailProblemKind expected)
        => Classify(MailProtocol.Smtp, MailOperationStage.Other, text).Kind.Should().Be(expected);

    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Expected response code 250 but got code \"\", with message \"\"", MailProblemKind.ConnectionBroken)] // Swift Mailer read nothing
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "SMTP_HOST=mail.example.com\nSMTP_PORT=465\nSMTP_SSL=false\nend of file reached", MailProblemKind.WrongSecurityMode)] // plain text spoken to the TLS port
    [TestCase(MailProtocol.Imap, MailOperationStage.Greeting, "imap_open(): Couldn't open stream {imap.example.com:993/imap/novalidate-cert}INBOX: [CLOSED] IMAP connection broken (server response)", MailProblemKind.WrongSecurityMode)] // no /ssl on 993
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "421 HL:IFC 该IP短期内发送了大量信件,超过了网易的限制,被临时禁止连接。", MailProblemKind.RateLimited)] // NetEase's published code
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "postfix/smtp[812]: 4F1A2: to=<bob@example.net>, relay=mx.example.net[192.0.2.7]:25, dsn=4.7.5, status=deferred (Server certificate not verified)", MailProblemKind.CertificateInvalid)] // RFC 3463's X.7.5
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "501 5.5.2 Send HELO/EHLO first", MailProblemKind.ProtocolError)] // a sequence error, not the sender's address
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "ERROR: curl_easy_perform() failed: Ptr{UInt8} @0x00007f0000000000", MailProblemKind.Unknown)] // a pointer type, not a DNS PTR record
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 5.7.1 Client host has no ptr record", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "C: 2 STATUS reports (MESSAGES)\nS: 2 NO reports doesn't exist.", MailProblemKind.ProtocolError)] // the folder, whatever its name says
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "551 login refused", MailProblemKind.AuthenticationFailed)] // an address reply to AUTH, which names no address
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "551 not here", MailProblemKind.RecipientRejected)] // RFC 5321: user not local
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2\nlog: offered mechanisms: XOAUTH2, PLAIN\nC: A1 LOGIN anna \"***\"\nS: A1 NO Login failed", MailProblemKind.AuthenticationFailed)] // XOAUTH2 offered, a password refused
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "S: * CAPABILITY IMAP4rev1 AUTH=XOAUTH2\nC: A1 AUTHENTICATE XOAUTH2 [token]\nS: A1 NO Login failed", MailProblemKind.OAuthTokenInvalid)] // the token itself refused
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "An error occurred while sending an email: 'Syntax error, command unrecognized. The server response was: '", MailProblemKind.ProtocolError)] // an empty server response after .NET's sentence: the sentence is what there is
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "451 4.3.5 <bob@example.org>: Recipient address rejected: Server configuration problem", MailProblemKind.ServerUnavailable)] // RFC 3463's X.3.5: the mail system's trouble, whatever Postfix prefixed
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 5.3.0 Other mail system problem 550-'Unknown user bob@example.org'", MailProblemKind.RecipientRejected)] // X.3.0 says nothing: the words name the recipient
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 Transaction failed [Service temporarily unavailable. Please try again later]", MailProblemKind.ServerUnavailable)] // the service is unavailable: not a sending limit
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 5.7.1 Message rejected: phishing content detected", MailProblemKind.SpamRejected)] // a verdict on the content
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 not local host example.org, not a gateway", MailProblemKind.RelayDenied)] // the classic words of a relay refusal
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Retry time not reached for any host after a long failure period", MailProblemKind.Timeout)] // Exim's queue expiry after failed attempts
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Domain example.org has exceeded the max defers and failures per hour (5/5 (100%)) allowed", MailProblemKind.RateLimited)] // cPanel's per-hour limit
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "{ [Error: invalid_client] code: 'EAUTH' }", MailProblemKind.OAuthClientNotRegistered)] // RFC 6749: the app's registration
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "TLS negotiation failed: the certificate doesn't match the server name", MailProblemKind.CertificateInvalid)] // the certificate's name
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "javax.mail.MessagingException: Could not connect to SMTP host: mail.example.org, port: 25, response: 421", MailProblemKind.ServerUnavailable)] // JavaMail's greeting code
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "452 4.2.2 Quota limit exceeded", MailProblemKind.MailboxFull)] // RFC 3463's X.2.2 is a full mailbox
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "535 Unable to use this auth type", MailProblemKind.AuthMechanismUnsupported)] // the mechanism refused
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Email size exceeded the limit of the server", MailProblemKind.MessageTooLarge)] // the size, in the past tense
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Der Server ‘smtp.example.org’ wurde nicht gefunden", MailProblemKind.HostNotFound)] // a host not found, in German
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 5.7.1 Recipient has unsubscribed from this list", MailProblemKind.RecipientRejected)] // a list's recipient who left it
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "imap connection failed: imapLogin failure", MailProblemKind.AuthenticationFailed)] // a login failure after a catch-all connection failure
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 Header contains illegal characters", MailProblemKind.ProtocolError)] // the message's form
    [TestCase(MailProtocol.Pop3, MailOperationStage.Mailbox, "-ERR maildrop lock busy, try later", MailProblemKind.TooManyConnections)] // another session holds the maildrop
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "553 5.3.0 <bob@example.org>... Please check your mail before sending", MailProblemKind.AuthenticationRequired)] // POP before SMTP
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Listed by SpamCop - see https://www.spamcop.net/bl.shtml?192.0.2.1", MailProblemKind.PolicyRejected)] // a block list named
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "550 5.6.2 Sender IP adress rejected", MailProblemKind.PolicyRejected)] // the sending host (however spelt), not the message's form
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "553 sorry, that address is in my badrcptto list (#5.7.1)", MailProblemKind.RecipientRejected)] // qmail's list of refused recipients
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "551 5.7.1 Domain not found", MailProblemKind.RecipientRejected)] // the address's domain, at RCPT
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 No Date field given", MailProblemKind.ProtocolError)] // a header field missing
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Unable to connect to the server. Socket Error: 10060, Error Number: 0x800CCC0E", MailProblemKind.Timeout)] // Outlook's generic code yields to the socket's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The connection to the server has failed. Error Number: 0x800CCC0E", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "対象のコンピューターによって拒否されたため、接続できませんでした。", MailProblemKind.ConnectionRefused)] // Winsock's 10061 in Japanese
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "受信者がサーバーによって拒否されたため、送信できませんでした。", MailProblemKind.RecipientRejected)] // refused, but not the connection
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "The POP3 server did not respond with +OK to the DELE command.", MailProblemKind.Unknown)] // it answered, just not +OK: no timeout
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Could not read message 3: the response from the server was empty", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "A network error occurred while sending the message.", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, @"MailSo\Net\Exceptions\SocketWriteException: write to the IMAP server failed", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "The certificate was issued to a different host name (mail.example.net).", MailProblemKind.CertificateInvalid)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "The server doesn't allow relaying without authentication.", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "master: Warning: service(imap-login): client_limit (1000) reached, client connections are being dropped", MailProblemKind.TooManyConnections)] // Dovecot
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "553 5.7.1 <bob@example.net>: Recipient address rejected: Sender address is not the same as your login", MailProblemKind.SenderRejected)] // a policy service answering at RCPT
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 5.7.1 <bob@example.net>: Recipient address rejected: mail from the null sender is not accepted", MailProblemKind.SenderRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "554 5.7.1 <bob@example.net>: Recipient address rejected: Rejected by the domain's policy", MailProblemKind.PolicyRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Delivery failed: the recipient account is suspended.", MailProblemKind.RecipientRejected)] // said of the recipient, at any step
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "javax.mail.FolderNotFoundException: Archive not found", MailProblemKind.ProtocolError)] // the folder is not there
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "javax.mail.FolderClosedException", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Net::SMTPServerBusy", MailProblemKind.ServerUnavailable)] // Ruby's exception for a 4xx reply
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "smtplib.SMTPHeloError", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Error sending mail { code: 'EDNS', command: 'CONN' }", MailProblemKind.HostNotFound)] // nodemailer's code for a failed lookup
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 5.7.26 This message is unauthenticated and was blocked.", MailProblemKind.PolicyRejected)] // RFC 7372: the message's authentication, not a login
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.", MailProblemKind.OAuthTokenInvalid)] // OAuth's authorization code, not an app's code
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Your outgoing (SMTP) e-mail server has reported an internal error. If you continue to receive this message, contact your server administrator or Internet service provider (ISP). The server responded: 535 Incorrect authentication data", MailProblemKind.AuthenticationFailed)] // Outlook's header before any reply
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "unable to establish SMTP connection to smtp.example.com port 465", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "550 Your account is not yet activated for sending", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "530 Sender name is not valid", MailProblemKind.SenderRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 Sender address has been blocked", MailProblemKind.SenderRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 5.7.1 Data command rejected: limit of 400 rcpts per 24 hours reached", MailProblemKind.RateLimited)] // a limit per a number of hours
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 You have exceeded your hour limit", MailProblemKind.RateLimited)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 Envelope blocked - Policy Entry", MailProblemKind.PolicyRejected)] // Mimecast
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "{error,send,{network_failure,\"smtp.example.com\",{error,closed}}}", MailProblemKind.ConnectionBroken)] // Erlang's closed socket (gen_smtp)
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "MailKit.Security.AuthenticationException: The LOGIN command is disabled.", MailProblemKind.EncryptionRequired)] // RFC 3501's LOGINDISABLED in a library's words
    [TestCase(MailProtocol.Imap, MailOperationStage.Greeting, "Mail server imap.example.com is not an IMAP4 mail server.", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "javax.mail.MessagingException: No login methods supported!", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "{:error, {:retries_exceeded, {:missing_requirement, 'smtp.example.com', :auth}}}", MailProblemKind.AuthMechanismUnsupported)] // gen_smtp: AUTH not offered
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Net::SMTPAuthenticationError: 534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1>", MailProblemKind.WebLoginRequired)] // the exception's name is any refusal at AUTH; the reply decides
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "An error occurred while sending mail: Outgoing server (SMTP) smtp.example.com is unknown.", MailProblemKind.HostNotFound)] // Thunderbird
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "SMTP -> get_lines(): stream timed-out (300 sec)", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "network error: Resource temporarily unavailable (os error 11)", MailProblemKind.Timeout)] // Rust: a socket read past its timeout
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Connection error: received corrupt message of type InvalidContentType", MailProblemKind.WrongSecurityMode)] // rustls reading a plain reply
    [TestCase(MailProtocol.Pop3, MailOperationStage.Tls, "Unable to establish TLS connection to POP3 server.", MailProblemKind.TlsHandshakeFailed)] // not a connection never made
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Error: Connection closed unexpectedly { code: 'ETLS', command: 'CONN' }", MailProblemKind.TlsHandshakeFailed)] // nodemailer's code for the TLS upgrade
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Cannot connect to server. (Missing capability: STARTTLS)", MailProblemKind.TlsHandshakeFailed)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Tls, "javax.mail.AuthenticationFailedException: STLS required but not supported", MailProblemKind.TlsHandshakeFailed)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "System.Net.Mail.SmtpException: The SMTP host was not found.", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "System.Security.Authentication.AuthenticationException: Authentication failed, see inner exception.", MailProblemKind.TlsHandshakeFailed)] // .NET's TLS "authentication", not a login
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "MailKit.Net.Smtp.SmtpProtocolException: Invalid status code returned by the server.", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "MailKit.ServiceNotAuthenticatedException: The Pop3Client has not been authenticated.", MailProblemKind.AuthenticationRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "SMTP -> get_lines(): timelimit reached (300 sec)", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Error: Cannot send message - smtp connection is already destroyed. { code: 'ECONNECTION', command: 'API' }", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "poplib.error_proto: -ERR APOP not supported by server", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Cannot connect to server. (Missing capability: AUTH PLAIN)", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Send failed: Unable to open connection to SMTP server.", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Send failed: Unable to open connection to SMTP server due to security error.", MailProblemKind.TlsHandshakeFailed)] // K-9's TLS failure
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "421 Connection timed-out", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "421 mx.example.com dropped: too many unrecognized commands", MailProblemKind.ProtocolError)] // errors counted, not messages
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "postfix/smtpd[812]: too many errors after DATA from unknown[192.0.2.7]", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Could not receive the SMTP banner from mail.example.com", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "System.ObjectDisposedException: Cannot access a disposed object.\nObject name: 'System.Net.Security.SslStream'.", MailProblemKind.ConnectionBroken)] // the stream was closed under the read
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "RuntimeError: failed to get an SMTP connection", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "PHP Fatal error:  Maximum execution time of 30 seconds exceeded in /var/www/mail.php on line 12", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "502 5.5.1 Server does not support the SASL schemes offered by the client", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "SMTP AUTH command failed: 500 unrecognised or unimplemented command", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Server error; response not understood", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "Unable to interpret response from the POP3 server", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Invalid e-mail server response to the connection", MailProblemKind.ProtocolError)] // the words of time running out, one spelling more
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "501 5.5.4 Syntax error in RCPT TO argument", MailProblemKind.RecipientRejected)] // RFC 5321's 501 to RCPT: the argument is the address
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "501 5.5.4 Unrecognized parameter BODY=8BITMIME", MailProblemKind.ProtocolError)] // … unless an ESMTP parameter is named
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Mailer error: can not connect to mail.example.com:587", MailProblemKind.ConnectionRefused)] // "can not", spelt apart
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Sync failed: unable to establish an encrypted connection to imap.example.com", MailProblemKind.TlsHandshakeFailed)] // not a connection never made
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "535 5.7.1 https://help.example.com/mail/answer/14257", MailProblemKind.AuthenticationFailed)] // X.7.1 at AUTH: no message to refuse yet
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "554 Relay attempt denied for user@example.org", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "451 Protocol deviation: pipelined data before the reply", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "FETCH failed: no folder selected", MailProblemKind.ProtocolError)] // a command in the wrong state
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "postfix/smtpd[81]: warning: non-SMTP command from unknown[192.0.2.7]: GET / HTTP/1.1", MailProblemKind.ProtocolError)] // another protocol spoken to the server
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "sm-mta[12]: rejecting commands from [192.0.2.7] due to pre-greeting traffic after 2 seconds", MailProblemKind.ProtocolError)] // the client spoke before the greeting
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Completed 500 Internal Server Error in 5012ms (Views: 0.1ms)\n\nErrno::ECONNRESET (Connection reset by peer):\n  app/mailers/user_mailer.rb:12:in `welcome'", MailProblemKind.ConnectionBroken)] // Rails' answer to its own user is not the mail server's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "送信できませんでした。認証が必要です。", MailProblemKind.AuthenticationRequired)] // "authentication is required"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Senden fehlgeschlagen: Authentifizierung erforderlich", MailProblemKind.AuthenticationRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The host refused our connection", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Error while connecting to mail.example.com", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "dovecot: imap-login: Disconnected: Too many invalid commands (no auth attempts in 1 secs): user=<>, rip=192.0.2.1, lip=192.0.2.2, TLS, session=<abc>", MailProblemKind.ProtocolError)] // a TLS session: not TLS spoken to a plain port
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "CLIENT -> SERVER: .\r\nSERVER -> CLIENT: \r\nSMTP Error: data not accepted.", MailProblemKind.DeliveryUnknown)] // PHPMailer read nothing after the final dot
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "AADSTS65001: The user has not consented to use the application 'Office mail'. Send an interactive authorization request.", MailProblemKind.OAuthSignInRequired)] // the provider data's Microsoft interaction-required errors
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "invalid_grant: AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication", MailProblemKind.OAuthSignInRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "AADSTS50011: The redirect URI 'http://localhost:1234/' specified in the request does not match the redirect URIs configured for the application", MailProblemKind.OAuthClientNotRegistered)] // the provider data's Microsoft registration errors
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 5.0.0 Message refused (7)", MailProblemKind.Unknown)] // X.0.0 is "other or undefined": no more than no enhanced code (a filter named would decide)
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 Sender verify failed for <a@example.org>: the host may be on a block list", MailProblemKind.SenderRejected)] // the causes an explanation lists do not decide
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "451 4.7.1 <user@example.org>: Recipient address rejected: sender quota used up for this hour", MailProblemKind.RateLimited)] // the reason after Postfix's restriction name
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Warning: imap_body(): Invalid message number 0", MailProblemKind.ProtocolError)] // a message the server does not have
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "sync: the server doesn't have a message with UID 4711", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "ERROR: the peer dropped the connection while the reply was read", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Network write error while sending the message body", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Winsock: failed in connect to mail.example.org", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "The POP3 server has not responded in 60 seconds.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The server hasn't responded within 45 seconds.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "451 4.4.0 Could not connect to the next hop; will retry", MailProblemKind.ConnectionRefused)] // RFC 3463's network subject, and words that say what failed there
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 Mailbox quota limit has been reached", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 Access denied: IAM user is not authorized to perform ses:SendEmail", MailProblemKind.AuthorizationFailed)] // a permission of the sending account
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "554 Transaction failed", MailProblemKind.TlsHandshakeFailed)] // STARTTLS refused
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "554 Transaction failed", MailProblemKind.SenderRejected)] // MAIL FROM refused, as 550 and 553 there
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "554 Originator address does not match the login", MailProblemKind.SenderRejected)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "503 Sender already given", MailProblemKind.ProtocolError)] // a second MAIL FROM: a sequence error, not a demand to log in
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "553 To send mail, first check your mail with a valid POP account (#5.7.1)", MailProblemKind.AuthenticationRequired)] // POP before SMTP
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "The following recipient(s) could not be reached: 'SALES@JUNK.EXAMPLE.ORG' The recipient name is not recognized", MailProblemKind.RecipientRejected)] // "junk" in an address is not a verdict on the message
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'ann@example.org'. Server Response: '550 5.1.1 User unknown', Port: 25, Error Number: 0x800CCC79", MailProblemKind.RecipientRejected)] // Outlook's dialog, read by the reply it quotes
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'ann@example.org'. Error Number: 0x800CCC79", MailProblemKind.RelayDenied)] // … and a relay refusal when it quotes none
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "<b@example.org>: connect to mx.example.org[192.0.2.10]:25: Connection\n    refused", MailProblemKind.ConnectionRefused)] // a bounce line folded like a header reads as one line
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 Message rejected: MIME boundary too long", MailProblemKind.ProtocolError)] // refused for its MIME structure: its form
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "552 5.7.0 Message refused: illegal attachment", MailProblemKind.SpamRejected)] // an illegal attachment is a verdict on the message
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 5.4.6 Too many hops (routing loop) for <b@example.org>", MailProblemKind.RecipientRejected)] // a mail loop is the recipient's forwarding
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "550 5.7.1 Bad credentials for relay [203.0.113.5]; check the relay settings of your service", MailProblemKind.RelayDenied)] // credentials refused for relaying
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "550 Sorry, you are not authorised to send mail from this address", MailProblemKind.SenderRejected)] // not authorised to send from this address
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "552 Requested mailbox exceeds quota.", MailProblemKind.MailboxFull)] // the mailbox's quota, not the message's size that 552 stands for
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "552 recipient storage full, try again later", MailProblemKind.MailboxFull)] // the recipient's storage, not a sending limit "later" would suggest
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Delivery failed: the recipient quota limit is exceeded.", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "This message was returned: user's disk quota has been exceeded", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Undeliverable: quota exceeds the hard limit", MailProblemKind.MailboxFull)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "status=bounced (cannot append message to destination file /var/mail/alice: error writing message: File too large)", MailProblemKind.MailboxFull)] // the mailbox file at its size limit, not the message
    [TestCase(MailProtocol.Pop3, MailOperationStage.Mailbox, "Command UIDL is not supported by server.", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Mailbox, "The server does not support the TOP command, needed for the maximum message size option", MailProblemKind.ProtocolError)] // the option's name is not a refusal of a message's size
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 The attachment has been disallowed by the administrator", MailProblemKind.SpamRejected)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Sign-in failed: OAuth 2.0 is not supported for this account by the provider", MailProblemKind.AuthMechanismUnsupported)] // a client that names OAuth refused no token: the method is not offered
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "A1 NO [ALERT] Please login via web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "C: AUTH PLAIN [credentials]\nS: 235 2.7.0 Authentication successful\nC: MAIL FROM:<a@example.com>\nS: 550 5.7.1 Client does not have permissions to authenticate as this sender", MailProblemKind.SenderRejected)] // the log shows the login accepted: not a demand to log in
    public void Failures_are_read_by_their_structure(MailProtocol protocol, MailOperationStage stage, string text, MailProblemKind expected)
    {
        var failure = new MailFailure(protocol, stage) { ReplyText = text };

        MailProblemClassifier.Classify(failure, English).Kind.Should().Be(expected);
    }

    [TestCase(MailOperationStage.Other, "Die Aufgabe „Senden“ meldete einen Fehler (0x800CCC19)", MailProblemKind.Timeout)]
    [TestCase(MailOperationStage.Other, "Le serveur a refusé la connexion sécurisée (0x800CCC7D)", MailProblemKind.TlsHandshakeFailed)]
    [TestCase(MailOperationStage.Other, "Fehler (0x800CCC7C): Der Server verlangt zuerst den Befehl STARTTLS", MailProblemKind.EncryptionRequired)]
    [TestCase(MailOperationStage.Other, "Nie odnaleziono skrzynki pocztowej. Numer błędu: 0x800CCC69", MailProblemKind.RecipientRejected)]
    [TestCase(MailOperationStage.Other, "Przekroczono limit miejsca. Numer błędu: 0x800CCC6D", MailProblemKind.MessageTooLarge)]
    [TestCase(MailOperationStage.Other, "Zadanie „Wysyłanie” zgłosiło błąd (0x800CCC67)", MailProblemKind.ServerUnavailable)]
    [TestCase(MailOperationStage.Other, "Serwer nie obsługuje żadnej metody uwierzytelniania. Numer błędu: 0x800CCCDF", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailOperationStage.Other, "L'attività ha segnalato un errore (0×800CCC91)", MailProblemKind.AuthenticationFailed)] // a multiplication sign, as some pages print the number
    [TestCase(MailOperationStage.Other, "Zadanie „Odbieranie” zgłosiło błąd (0x800CCC02)", MailProblemKind.CertificateInvalid)]
    [TestCase(MailOperationStage.Greeting, "Zadanie zgłosiło błąd (0x800CCCD9)", MailProblemKind.ServerUnavailable)]
    [TestCase(MailOperationStage.Other, "Error 0x800CCC17 then 0x800CCC15", MailProblemKind.ConnectionRefused)] // a number that names no cause (the user cancelled) is passed over
    [TestCase(MailOperationStage.Recipient, "Serwer odrzucił odbiorcę. Odpowiedź serwera: 550 5.1.1 User unknown. Numer błędu: 0x800CCC79", MailProblemKind.RecipientRejected)] // the reply it quotes says more than the number
    [TestCase(MailOperationStage.Recipient, "Serwer odrzucił odbiorcę. Odpowiedź serwera: 554 5.7.1 Relay access denied. Numer błędu: 0x800CCC79", MailProblemKind.RelayDenied)]
    [TestCase(MailOperationStage.Other, "Unable to connect to the server. Socket Error: 10060, Error Number: 0x800CCC0E", MailProblemKind.Timeout)] // the socket's number says more
    [TestCase(MailOperationStage.Other, "A secure connection to the server could not be established. Error Number: 0x800CCC1A", MailProblemKind.TlsHandshakeFailed)] // Outlook Express's words for it
    [TestCase(MailOperationStage.Other, "Error 0x800CCC0FF in the log", MailProblemKind.Unknown)] // a longer hexadecimal number is not Outlook's
    [TestCase(MailOperationStage.Other, "Err.Number: -2146644977", MailProblemKind.ConnectionBroken)] // 0x800CCC0F as VBScript prints it
    [TestCase(MailOperationStage.Other, "CDO.Message.1 error '80040213'", MailProblemKind.ConnectionRefused)] // CDO for Windows, from classic ASP
    [TestCase(MailOperationStage.Other, "CDO.Message.1 error '8004020e'", MailProblemKind.SenderRejected)]
    [TestCase(MailOperationStage.Other, "CDO.Message.1 error '80040212'", MailProblemKind.ConnectionBroken)]
    [TestCase(MailOperationStage.Other, "Fehler -2147220969 in Zeile 12", MailProblemKind.AuthenticationFailed)] // CDO_E_LOGON_FAILURE as VBScript prints it
    [TestCase(MailOperationStage.Other, "CDO.Message.1 error '80040211', transport error code 0x80040217", MailProblemKind.AuthenticationFailed)] // a failed send names no cause; its transport code does
    [TestCase(MailOperationStage.Other, "Err.Number: -2147220975", MailProblemKind.Unknown)] // 0x80040211: a failed send, and nothing more
    public void A_Microsoft_mail_programs_error_number_says_what_failed_when_no_words_do(MailOperationStage stage, string text, MailProblemKind expected)
    {
        var failure = new MailFailure(MailProtocol.Smtp, stage) { ReplyText = text };

        MailProblemClassifier.Classify(failure, English).Kind.Should().Be(expected);
    }

    [TestCase("452 メールボックスの容量がオーバーしています")]
    [TestCase("452 Почтовый ящик получателя переполнен")]
    [TestCase("552 Das Postfach des Empfängers ist voll")]
    [TestCase("552 La boîte aux lettres du destinataire est pleine")]
    [TestCase("552 El buzón del destinatario está lleno")]
    [TestCase("552 Skrzynka odbiorcy jest przepełniona")]
    public void A_full_mailbox_in_the_languages_providers_gloss_their_replies_in_is_MailboxFull(string text)
        => ClassifySmtp(MailOperationStage.Recipient, text).Kind.Should().Be(MailProblemKind.MailboxFull);

    [TestCase("送信できません: メールのサイズが上限を超えています")]
    [TestCase("Ошибка: Размер письма превышает допустимый")]
    [TestCase("Fehler: Die Nachricht ist zu groß")]
    [TestCase("Erreur : Le message est trop volumineux")]
    [TestCase("Błąd: Wiadomość jest zbyt duża")]
    public void A_message_too_large_in_the_languages_providers_gloss_their_replies_in_is_MessageTooLarge(string text)
        => ClassifySmtp(MailOperationStage.Data, text).Kind.Should().Be(MailProblemKind.MessageTooLarge);

    [TestCase("554 5.7.1 Message refused: attachment type .exe is not permitted")]
    [TestCase("550 5.7.1 Blocked: dangerous file extension in message")]
    public void A_forbidden_attachment_type_is_a_verdict_on_the_message(string text)
        => ClassifySmtp(MailOperationStage.Data, text).Kind.Should().Be(MailProblemKind.SpamRejected);

    [Test]
    public void A_relays_temporary_failure_to_resolve_its_next_hop_is_transient()
    {
        var problem = ClassifySmtp(MailOperationStage.Connect, "smtpd[1]: relay: TempFail for 1a2b3c: stat=No MX found for domain\nsmtp-out: Failed to resolve MX for [relay:mail.example.com,mx]: No MX found for domain");

        problem.Kind.Should().Be(MailProblemKind.HostNotFound);
        problem.IsTransient.Should().BeTrue("OpenSMTPD's TempFail keeps the message and tries again");
    }

    [Test]
    public void An_enhanced_network_code_that_says_timeout_is_Timeout()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Data) { ReplyText = "451 4.4.2 Timeout waiting for data from client." };

        MailProblemClassifier.Classify(failure, English).Kind.Should().Be(MailProblemKind.Timeout);
    }

    [Test]
    public void A_block_said_to_be_temporary_is_transient()
    {
        var problem = ClassifySmtp(MailOperationStage.Greeting, "421 Your IP address is temporarily blocked because of too many failed deliveries");

        problem.Kind.Should().Be(MailProblemKind.PolicyRejected);
        problem.IsTransient.Should().BeTrue("the block passes by itself");
        ClassifySmtp(MailOperationStage.Greeting, "421 Temporarily rejected. Reverse DNS failed").IsTransient.Should().BeFalse("the host's name has to change first");
        ClassifySmtp(MailOperationStage.Recipient, "4.7.1 Client host rejected: cannot find your hostname, [192.0.2.9]").IsTransient.Should().BeFalse("so too a host Postfix finds no name for, whatever the code");
    }

    [Test]
    public void Greylisting_is_transient_with_or_without_a_code()
    {
        var problem = ClassifySmtp(MailOperationStage.Recipient, "Greylisted for 300 seconds; the server will retry");

        problem.Kind.Should().Be(MailProblemKind.PolicyRejected);
        problem.IsTransient.Should().BeTrue("greylisting passes by itself");
    }

    [Test]
    public void A_refused_connection_is_not_transient_under_a_queue_deferral()
    {
        var problem = ClassifySmtp(MailOperationStage.Connect, "postfix/smtp[238]: 87F0: to=<bob@example.net>, relay=none, dsn=4.4.1, status=deferred (connect to mail.example.net[192.0.2.7]:25: Connection refused)");

        problem.Kind.Should().Be(MailProblemKind.ConnectionRefused);
        problem.IsTransient.Should().BeFalse("the server or the settings have to change first, whatever class the queue gave it");
    }

    [Test]
    public void A_sending_limit_under_5xx_is_transient_with_a_wait_of_at_least_a_minute()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Data) { ReplyText = "550 5.4.5 Daily user sending quota exceeded. - gsmtp" };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.Kind.Should().Be(MailProblemKind.RateLimited);
        problem.IsTransient.Should().BeTrue();
        problem.RetryAfter.Should().Be(TimeSpan.FromHours(1), "a daily limit is tried again hourly");
        ClassifySmtp(MailOperationStage.Data, "421 4.7.0 Too many messages, try again in 10 minutes")
            .RetryAfter.Should().Be(TimeSpan.FromMinutes(10), "the server named the wait");
        ClassifySmtp(MailOperationStage.Recipient, "550 5.1.1 User unknown")
            .RetryAfter.Should().BeNull("a permanent refusal has no wait");
    }

    [Test]
    public void Postfix_refusing_a_recipient_by_a_restriction_that_ends_in_reject_refuses_the_recipient_with_relaying_also_possible()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Recipient) { ReplyText = "554 5.7.1 <sales@example.net>: Recipient address rejected: Access denied" };

        foreach (var credentials in new MailCredentialKind?[] { null, MailCredentialKind.Password })
        {
            var problem = MailProblemClassifier.Classify(failure with { CredentialKind = credentials }, English);

            problem.Kind.Should().Be(MailProblemKind.RecipientRejected, "the words refuse the recipient ({0} credentials)", credentials);
            problem.AlsoPossible.Should().Contain(MailProblemKind.RelayDenied);
            problem.Hints.Should().Contain(h => h.Contains("sign-in"), "a client that did not log in is refused so too");
        }
    }

    [TestCase(MailOperationStage.Sender, "0x800D | Send FROM command failed", MailProblemKind.SenderRejected)] // a PLC's mail block
    [TestCase(MailOperationStage.Recipient, "SMTP RCPT request unsuccessful", MailProblemKind.RecipientRejected)]
    [TestCase(MailOperationStage.Sender, "vmime::exception: Error while executing command 'MAIL FROM:<user@example.com> SIZE=2722'.", MailProblemKind.SenderRejected)]
    [TestCase(MailOperationStage.Recipient, "Error: RCPT TO not accepted from server!", MailProblemKind.RecipientRejected)] // OpenCart
    public void A_client_naming_only_the_command_that_failed_leaves_the_cause_open_with_the_step_also_possible(MailOperationStage stage, string text, MailProblemKind stepKind)
    {
        var problem = ClassifySmtp(stage, text);

        problem.Kind.Should().Be(MailProblemKind.Unknown, "no server's words say why the command failed");
        problem.AlsoPossible.Should().Contain(stepKind);
    }

    [Test]
    public void Postfix_refusing_the_client_host_asks_to_log_in_only_at_a_submission_port_when_the_client_did_not()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Recipient) { ReplyText = "554 5.7.1 <host.example.net[192.0.2.4]>: Client host rejected: Access denied", Port = 587 };

        MailProblemClassifier.Classify(failure, English).Kind.Should().Be(MailProblemKind.AuthenticationRequired, "a submission server lets only clients that log in through (the lab's Postfix says so)");
        MailProblemClassifier.Classify(failure with { CredentialKind = MailCredentialKind.Password }, English).Kind.Should().Be(MailProblemKind.PolicyRejected, "the client logged in: a restriction on its host");
        MailProblemClassifier.Classify(failure with { Port = 25 }, English).Kind.Should().Be(MailProblemKind.PolicyRejected, "no client logs in at port 25: a restriction on its host");
        MailProblemClassifier.Classify(failure with { Port = null }, English).Kind.Should().Be(MailProblemKind.PolicyRejected, "a text from elsewhere names no submission port");
    }

    [Test]
    public void A_relay_refusal_is_RelayDenied_with_signing_in_first_and_AuthenticationRequired_also_possible()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Recipient) { ReplyText = "554 5.7.1 <x@example.org>: Relay access denied" };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.Kind.Should().Be(MailProblemKind.RelayDenied);
        problem.AlsoPossible.Should().Contain(MailProblemKind.AuthenticationRequired);
        problem.Hints[0].Should().Contain("sign-in");
        MailProblemClassifier.Classify(failure with { CredentialKind = MailCredentialKind.Password }, English).Hints[0].Should().Contain("accepted the login", "a client that logged in is not told to log in");
    }

    [Test]
    public void An_unauthenticated_sender_refusal_is_AuthenticationRequired()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Sender) { ReplyText = "550 5.7.1 Unauthenticated senders not allowed", CredentialKind = MailCredentialKind.Password };

        MailProblemClassifier.Classify(failure, English).Kind.Should().Be(MailProblemKind.AuthenticationRequired);
    }

    [Test]
    public void A_sender_refusal_at_rcpt_is_reported_at_the_sender_step()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Recipient) { ReplyText = "553 5.7.1 <bob@lab.test>: Sender address rejected: not owned by user alice@lab.test", CredentialKind = MailCredentialKind.Password };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.Kind.Should().Be(MailProblemKind.SenderRejected);
        problem.Stage.Should().Be(MailOperationStage.Sender);
    }

    [Test]
    public void A_reply_buried_in_a_client_log_is_found()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Authentication)
        {
            ReplyText = "2024-01-01 10:00:00 CLIENT -> SERVER: AUTH LOGIN\n2024-01-01 10:00:00 SERVER -> CLIENT: 535-5.7.8 Username and Password not accepted.",
        };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.ReplyCode.Should().Be(535);
        problem.EnhancedStatusCode.Should().Be("5.7.8");
    }

    [TestCase("The remote certificate is invalid because of errors in the certificate chain: RevocationStatusUnknown, OfflineRevocation", "CheckCertificateRevocation")]
    [TestCase("The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot", "TrustedRootCertificates")]
    [TestCase("The host name (mail.example.org) did not match any of the names given in the server's SSL certificate:\n  • mx1.hosting.example\n  • *.hosting.example", "mx1.hosting.example, *.hosting.example")]
    public void Certificate_failures_say_which_check_failed(string text, string hint)
    {
        var failure = new MailFailure(MailProtocol.Imap, MailOperationStage.Tls)
        {
            Exception = new SslHandshakeException("An error occurred while attempting to establish an SSL or TLS connection.", new System.Security.Authentication.AuthenticationException(text.Replace("\\n", "\n", StringComparison.Ordinal))),
            Host = "mail.example.org",
        };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.Kind.Should().Be(MailProblemKind.CertificateInvalid);
        problem.Hints.Take(2).Should().Contain(h => h.Contains(hint, StringComparison.Ordinal), "the hint for this check comes first");
    }

    [Test]
    public void A_tls_handshake_that_never_completes_is_a_Timeout()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Tls)
        {
            Exception = new SslHandshakeException("An error occurred while attempting to establish an SSL or TLS connection.", new TimeoutException()),
            Host = "smtp.example.org",
            Port = 465,
            Security = MailSecurity.ImplicitTls,
        };

        MailProblemClassifier.Classify(failure, English).Kind.Should().Be(MailProblemKind.Timeout);
    }

    [Test]
    public void A_refused_connection_leads_with_port_25_only_on_port_25()
    {
        var refused = new MailFailure(MailProtocol.Smtp, MailOperationStage.Connect) { Exception = new SocketException((int)SocketError.ConnectionRefused), Host = "smtp.example.org", Port = 587, Security = MailSecurity.StartTlsRequired };

        MailProblemClassifier.Classify(refused, English).Hints[0].Should().NotContain("port 25");
        MailProblemClassifier.Classify(refused with { Port = 25 }, English).Hints[0].Should().Contain("port 25");
    }

    [Test]
    public void A_refused_smtp_login_does_not_advise_turning_on_smtp_authentication()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Authentication) { ReplyText = "535 5.7.8 Error: authentication failed: (reason unavailable)", CredentialKind = MailCredentialKind.Password };

        MailProblemClassifier.Classify(failure, English).Hints.Should().NotContain(h => h.Contains("requires authentication", StringComparison.Ordinal));
    }

    [Test]
    public void The_json_always_has_suggestedChange_and_retryAfterSeconds()
    {
        var json = ClassifySmtp(MailOperationStage.Recipient, "550 5.1.1 User unknown").ToJson();

        json.Should().Contain("\"suggestedChange\":null").And.Contain("\"retryAfterSeconds\":null");
    }

    [TestCase(MailOperationStage.Connect, "Error: connect ECONNREFUSED 10.0.0.1:587", "TransportText")]
    [TestCase(MailOperationStage.Recipient, "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown", "Keywords")]
    [TestCase(MailOperationStage.Recipient, "550 5.1.1", "EnhancedCode")]
    [TestCase(MailOperationStage.Authentication, "535 Sorry", "ReplyCode")]
    [TestCase(MailOperationStage.Connect, "Error sending email", "Step")]
    public void The_json_names_the_signal_that_decided_the_kind(MailOperationStage stage, string text, string signal)
    {
        var json = ClassifySmtp(stage, text).ToJson();

        json.Should().Contain($"\"decidedBy\":\"{signal}\"");
    }

    [Test]
    public void A_greeting_timeout_on_a_standard_implicit_tls_port_is_WrongSecurityMode()
    {
        var failure = new MailFailure(MailProtocol.Imap, MailOperationStage.Greeting) { Exception = new TimeoutException(), Host = "imap.example.com", Port = 993, Security = MailSecurity.StartTlsRequired };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.Kind.Should().Be(MailProblemKind.WrongSecurityMode);
        problem.SuggestedChange!.Endpoint.Should().Be(new ServerEndpoint("imap.example.com", 143, MailSecurity.StartTlsRequired));
    }

    [Test]
    public void Microsofts_535_5_7_3_is_a_refused_login_with_the_other_known_causes()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Authentication)
        {
            ReplyText = "535 5.7.3 Authentication unsuccessful [BN9PR03CA0041.namprd03.prod.outlook.com]",
            Host = "smtp.office365.com",
            CredentialKind = MailCredentialKind.Password,
        };

        var problem = MailProblemClassifier.Classify(failure, English);

        problem.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        problem.Provider.Should().Be("Microsoft");
        problem.ReplyCode.Should().Be(535);
        problem.EnhancedStatusCode.Should().Be("5.7.3");
        problem.AlsoPossible.Should().Equal(MailProblemKind.BasicAuthDisabled, MailProblemKind.ProtocolDisabled);
        problem.AlsoPossibleCauses.Should().HaveCount(2);
        problem.Hints[0].Should().Contain("SMTP AUTH", "provider advice comes first");
    }

    [TestCase("imap.163.com", "A3 NO SELECT Unsafe Login. Please contact kefu@188.com for help")]
    [TestCase("imap.126.com", "A3 NO EXAMINE Unsafe Login. Please contact kefu@188.com for help")]
    [TestCase(null, "Command: SELECT \"INBOX\"; response: #21# [NO, SELECT The login is not safe! Please update your mail client: http://mail.163.com/dashi]")]
    public void NetEases_unsafe_login_after_a_successful_login_is_AuthorizationFailed_with_the_imap_id_hint(string? host, string reply)
    {
        var failure = new MailFailure(MailProtocol.Imap, MailOperationStage.Mailbox) { ReplyText = reply, Host = host };

        var problem = MailProblemClassifier.Classify(failure, English);
        var russian = MailProblemClassifier.Classify(failure, CultureInfo.GetCultureInfo("ru"));

        problem.Kind.Should().Be(MailProblemKind.AuthorizationFailed, "NetEase refuses folders to programs that did not send IMAP ID (the provider data's reply meaning)");
        problem.Provider.Should().Be("NetEase");
        problem.IsTransient.Should().BeFalse();
        problem.Hints[0].Should().Contain("IMAP ID", "provider advice comes first");
        russian.Hints[0].Should().Contain("IMAP ID").And.Contain("папки");
    }

    // Exchange Online's own status codes, as Microsoft's reference of non-delivery reports words them: their detail
    // numbers are Microsoft's (RFC 3463's registry has none of them), so the code alone names the provider.
    [TestCase(MailOperationStage.Sender, "550 5.7.705 Access denied, tenant has exceeded threshold", MailProblemKind.AccountDisabled, false)] // the organisation is blocked from sending: not a missing login
    [TestCase(MailOperationStage.Sender, "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains", MailProblemKind.PolicyRejected, false)] // not a server that is down for now
    [TestCase(MailOperationStage.Data, "554 5.2.2 Submission quota exceeded", MailProblemKind.RateLimited, true)] // the sender's daily limit, not RFC 3463's full mailbox
    [TestCase(MailOperationStage.Sender, "550 5.7.508 Access denied, [2001:db8::5] has exceeded permitted limits within /64 range", MailProblemKind.RateLimited, true)]
    [TestCase(MailOperationStage.Sender, "550 5.7.506 Access Denied, Bad HELO", MailProblemKind.PolicyRejected, false)]
    [TestCase(MailOperationStage.Recipient, "550 5.7.507 Access denied, rejected by recipient", MailProblemKind.PolicyRejected, false)]
    [TestCase(MailOperationStage.Recipient, "550 5.7.510 Access denied, [contoso.com] does not accept email over IPv6", MailProblemKind.PolicyRejected, false)]
    [TestCase(MailOperationStage.Sender, "550 5.7.511 Access denied, banned sender", MailProblemKind.PolicyRejected, false)] // the sending IP, where 5.7.502 bans the account
    [TestCase(MailOperationStage.Sender, "550 5.7.501 Access denied, spam abuse detected", MailProblemKind.AccountDisabled, false)] // the account, blocked after it sent spam
    [TestCase(MailOperationStage.Sender, "550 5.1.8 Access denied, bad outbound sender", MailProblemKind.AccountDisabled, false)] // RFC 3463's X.1.8 is generic; the words are Microsoft's
    [TestCase(MailOperationStage.Data, "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception", MailProblemKind.AccountDisabled, false)]
    public void Exchange_Onlines_own_status_codes_are_read_as_Microsoft_documents_them(MailOperationStage stage, string reply, MailProblemKind expected, bool transient)
    {
        var problem = MailProblemClassifier.Classify(new MailFailure(MailProtocol.Smtp, stage) { ReplyText = reply }, English);

        problem.Kind.Should().Be(expected);
        problem.IsTransient.Should().Be(transient);
        problem.Provider.Should().Be("Microsoft");
    }

    [TestCase(MailOperationStage.Sender, "550 5.7.502 Access denied, banned sender", MailProblemKind.AccountDisabled)] // the account is banned for spam
    [TestCase(MailOperationStage.Data, "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded", MailProblemKind.MailboxFull)] // the recipient's mailbox
    [TestCase(MailOperationStage.Sender, "530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM", MailProblemKind.AuthenticationRequired)]
    [TestCase(MailOperationStage.Recipient, "550 5.7.12 Sender was not authenticated by organization", MailProblemKind.AuthenticationRequired)] // RFC 4954's X.7.12: not read as Microsoft's
    [TestCase(MailOperationStage.Data, "550 5.7.133 Sender not authenticated for group", MailProblemKind.AuthenticationRequired)] // a group that takes mail only from its organisation: a sender of it must log in
    public void Exchange_Onlines_codes_leave_other_codes_to_their_words(MailOperationStage stage, string reply, MailProblemKind expected)
    {
        MailProblemClassifier.Classify(new MailFailure(MailProtocol.Smtp, stage) { ReplyText = reply }, English).Kind.Should().Be(expected);
    }

    // Replies as Google's list of Gmail's SMTP errors words them (support.google.com/a/answer/3726730), and other
    // providers' documented replies (their help pages, and the texts Sisimai's provider rules quote from them): each was
    // read as another kind before.
    [TestCase(MailOperationStage.Data, "550 5.7.26 This message fails to pass SPF checks for an SPF record with a hard fail policy (-all). To best protect our users from spam and phishing, the message has been blocked.", MailProblemKind.PolicyRejected, false)] // spam named as the reason for the policy, not a verdict on the message
    [TestCase(MailOperationStage.Data, "550 5.7.26 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM). To best protect our users from spam, the message has been blocked.", MailProblemKind.PolicyRejected, false)]
    [TestCase(MailOperationStage.Sender, "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers. Use the SMTP relay at your service provider instead.", MailProblemKind.PolicyRejected, false)] // the sending IP, not a permission of the account
    [TestCase(MailOperationStage.Sender, "553 Mail from 192.0.2.7 not allowed", MailProblemKind.PolicyRejected, false)] // Yahoo: the IP, not the sender's address
    [TestCase(MailOperationStage.Data, "550 5.7.1 Encoded-word syntax is not permitted in message header Subject. To reduce the amount of spam sent to Gmail, this message has been blocked.", MailProblemKind.ProtocolError, false)]
    [TestCase(MailOperationStage.Data, "550 5.7.1 The message contains a unicode character in a disallowed header.", MailProblemKind.ProtocolError, false)]
    [TestCase(MailOperationStage.Data, "421 4.7.0 Connection expired, try reconnecting.", MailProblemKind.ConnectionBroken, true)] // the server ended an old connection: not a policy
    [TestCase(MailOperationStage.Recipient, "550 is not accepting mail from this sender.", MailProblemKind.RecipientRejected, false)] // a refusal, not a server that is down for now
    [TestCase(MailOperationStage.Recipient, "550 User has too many messages on server", MailProblemKind.MailboxFull, false)] // GMX: the recipient's mailbox, not a sending limit
    [TestCase(MailOperationStage.Recipient, "550 Account is full", MailProblemKind.MailboxFull, false)] // Yandex's explanation of other servers' replies
    [TestCase(MailOperationStage.Data, "554 This message is looping: it already has my Delivered-To line. (#5.4.6)", MailProblemKind.RecipientRejected, false)] // RFC 3463's X.4.6, a routing loop: not a server down for now
    [TestCase(MailOperationStage.Data, "Hop count exceeded", MailProblemKind.RecipientRejected, false)] // Exchange's loop
    [TestCase(MailOperationStage.Sender, "451 4.7.700 PFA agent busy, please try again.", MailProblemKind.ServerUnavailable, true)] // Exchange Online: not a policy
    [TestCase(MailOperationStage.Recipient, "451 TLS/SSLv3 Connection required. (#4.7.1)", MailProblemKind.EncryptionRequired, false)] // MessageLabs
    [TestCase(MailOperationStage.Data, "Unauthenticated email is not accepted from this domain.", MailProblemKind.PolicyRejected, false)] // Gmail: the domain's DMARC policy
    [TestCase(MailOperationStage.Greeting, "Veuillez essayer plus tard.", MailProblemKind.ServerUnavailable, true)] // Orange: "try again later"
    [TestCase(MailOperationStage.Other, "Unimplemented command.", MailProblemKind.ProtocolError, false)] // Gmail
    [TestCase(MailOperationStage.Recipient, "550 5.7.505 Access denied, banned recipient", MailProblemKind.RecipientRejected, false)] // Exchange Online: the recipient's address is banned, not the sender's host
    [TestCase(MailOperationStage.Recipient, "550 5.7.1 Delivery not authorized, message refused", MailProblemKind.RecipientRejected, false)] // Exchange: the recipient takes mail only from some senders; not a permission of the login
    [TestCase(MailOperationStage.Data, "550 5.7.1 Messages with multiple addresses in From: header are not accepted.", MailProblemKind.ProtocolError, false)] // Gmail: the message's form
    [TestCase(MailOperationStage.Greeting, "554 192.0.2.9 found on one or more RBLs (abusixip). Refer to https://developers.cloudflare.com/email-routing/postmaster/#spam-and-abusive-traffic/", MailProblemKind.PolicyRejected, false)] // Cloudflare: the IP on a block list; "spam" is only in the link
    [TestCase(MailOperationStage.Other, "421 Exceeded bad SMTP command limit, disconnecting.", MailProblemKind.ProtocolError, false)] // Cisco's gateway ends a session for its refused commands: not a server down for now
    [TestCase(MailOperationStage.Data, "554 Rejected due to banned content", MailProblemKind.SpamRejected, false)] // Symantec's gateway: a verdict on the message, not a policy on the sender
    [TestCase(MailOperationStage.Authentication, "504 5.7.4 XOAUTH is no longer supported.", MailProblemKind.AuthMechanismUnsupported, false)] // Gmail: the mechanism is refused, no token was judged
    [TestCase(MailOperationStage.Other, "Address not found. Your message wasn't delivered to bob@example.com because the address couldn't be found, or is unable to receive mail.", MailProblemKind.RecipientRejected, false)] // Gmail's bounce
    [TestCase(MailOperationStage.Other, "Your message to bob@contoso.com couldn't be delivered. bob wasn't found at contoso.com.", MailProblemKind.RecipientRejected, false)] // Exchange Online's
    [TestCase(MailOperationStage.Other, "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.", MailProblemKind.RecipientRejected, false)] // Exchange's
    [TestCase(MailOperationStage.Other, "The recipient's e-mail address was not found in the recipient's e-mail system. Microsoft Exchange will not try to redeliver this message for you.", MailProblemKind.RecipientRejected, false)] // Exchange 2007's
    [TestCase(MailOperationStage.Other, "No se pudo encontrar la dirección de correo electrónico que escribiste. Comprueba la dirección de correo electrónico del destinatario y trata de volver a mandar el mensaje.", MailProblemKind.RecipientRejected, false)] // Exchange's, in Spanish
    public void Providers_documented_replies_are_read_as_the_providers_explain_them(MailOperationStage stage, string reply, MailProblemKind expected, bool transient)
    {
        var problem = MailProblemClassifier.Classify(new MailFailure(MailProtocol.Smtp, stage) { ReplyText = reply }, English);

        problem.Kind.Should().Be(expected);
        problem.IsTransient.Should().Be(transient);
    }

    // Replies as mail servers' own source writes them, as sending services and filters document them, client
    // libraries' own messages, and the words of mail clients and of applications that send mail: each was read as
    // another kind before.
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "530 A SSL/TLS-connection is required for authentication.", MailProblemKind.EncryptionRequired, false)] // hMailServer
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "550 5.7.1 TLS conversation required", MailProblemKind.EncryptionRequired, false)] // maddy
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "A1 NO Login only available under a layer", MailProblemKind.EncryptionRequired, false)] // Cyrus: a TLS or SASL security layer
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "A1 NO LOGIN is disabled on the clear-text port.", MailProblemKind.EncryptionRequired, false)] // Stalwart
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "-ERR Cannot authenticate over plain-text.", MailProblemKind.EncryptionRequired, false)] // Stalwart
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "-ERR Authentication requires TLS.", MailProblemKind.EncryptionRequired, false)] // Apache James
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "-ERR only valid after entering TLS mode", MailProblemKind.EncryptionRequired, false)] // Zimbra
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "* BYE IMAP access disabled via insecure connection.", MailProblemKind.EncryptionRequired, false)] // Courier: IMAP is off only without TLS
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "A1 NO account does not have IMAP access enabled", MailProblemKind.ProtocolDisabled, false)] // Zimbra
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "535 Authentication failed. Too many invalid logon attempts.", MailProblemKind.RateLimited, true)] // hMailServer: the labelling guide's "too many login attempts"
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "-ERR Can't get lock.  Mailbox in use", MailProblemKind.TooManyConnections, true)] // UW IMAP's POP3 server
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "A1 NO Server(s) unavailable to complete operation", MailProblemKind.ServerUnavailable, true)] // Cyrus Murder: a backend is down
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "503 HELO or EHLO required", MailProblemKind.ProtocolError, false)] // Exim: the client's order of commands, not a missing login
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "503 Use EHLO/HELO before MAIL", MailProblemKind.ProtocolError, false)] // Haraka
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "421 4.5.0 Too many errors, bye", MailProblemKind.ProtocolError, false)] // chasquid ends a session for its errors: not a rate
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 The host name specified in HELO does not match IP address.", MailProblemKind.PolicyRejected, false)] // hMailServer
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "501 5.5.4 Provided EHLO/HELO mx.example.net can not resolved.", MailProblemKind.PolicyRejected, false)] // Apache James
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 Sender domain does not have any MX records.", MailProblemKind.SenderRejected, false)] // hMailServer: the sender's domain, not the recipient
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "553 5.1.0 Sender address syntax error", MailProblemKind.SenderRejected, false)] // OpenSMTPD: the address, not the command
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "553 5.1.3 Syntax error in recipient address", MailProblemKind.RecipientRejected, false)] // Apache James
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 header syntax", MailProblemKind.ProtocolError, false)] // Exim's verify = header_syntax
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "450 Temp. resolver error (ETIMEOUT)", MailProblemKind.ServerUnavailable, true)] // Haraka: its DNS lookup of the sender failed for now
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "451 4.4.3 Temporarily rejected: Problem on SPF lookup", MailProblemKind.PolicyRejected, true)] // Apache James: SPF's temperror passes, unlike an SPF failure
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "451 4.7.23 SPF authentication failed with a temporary error", MailProblemKind.PolicyRejected, true)] // maddy
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "501 5.5.2 Syntax: MAIL FROM: <address>", MailProblemKind.ProtocolError, false)] // Postfix's usage hint: the command's form, not the address
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Signature", MailProblemKind.SpamRejected, false)] // Amavis: a virus
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "554 5.7.0 Reject, id=42721-01 - BANNED: rule #9:application/octet-stream,.exe", MailProblemKind.SpamRejected, false)] // Amavis: a banned attachment, not a banned host
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "554 5.7.1 recipient address was suppressed due to customer policy", MailProblemKind.RecipientRejected, false)] // SparkPost: the address is on the account's suppression list
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "5.2.1 Subject is Mandatory.", MailProblemKind.ProtocolError, false)] // ZeptoMail: the message's form, not RFC 3463's disabled mailbox
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "connection has ended", MailProblemKind.ConnectionBroken, true)] // emailjs
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Failed to find an authenticator supported by the SMTP server, which currently supports: \"gssapi\", \"ntlm\".", MailProblemKind.AuthMechanismUnsupported, false)] // Symfony Mailer
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "dial failed: server does not support SMTP AUTH", MailProblemKind.AuthMechanismUnsupported, false)] // go-mail
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 5.7.1 <user@example.com>: Recipient address rejected: Message rejected due to: domain owner discourages use of this host.", MailProblemKind.PolicyRejected, false)] // python-policyd-spf: pyspf's words for an SPF softfail
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "554 5.7.1 <user@example.com>: Sender address rejected: Message rejected due to: access neither permitted nor denied.", MailProblemKind.PolicyRejected, false)] // the same for SPF neutral
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Connection to imap.example.com failed: login refused.", MailProblemKind.AuthenticationFailed, false)] // Claws Mail: the login, not the connection
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Untrusted server certificate", MailProblemKind.CertificateInvalid, false)] // NeoMutt
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Certificate for imap.example.com is unknown.", MailProblemKind.CertificateInvalid, false)] // Claws Mail
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Misconfigured server certificate.", MailProblemKind.CertificateInvalid, false)] // WP Mail SMTP
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "The SMTP server would not relay a message. You may need to authenticate.", MailProblemKind.RelayDenied, false)] // Mailspring
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "SMTP server smtp.example.com does not support PLAIN authentication", MailProblemKind.AuthMechanismUnsupported, false)] // Evolution
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Hostname not found!", MailProblemKind.HostNotFound, false)] // Zammad
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Gmail bandwidth exceeded. Please try again later.", MailProblemKind.RateLimited, true)] // Mailspring: Gmail's IMAP download limit
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Authentication requires either TLS or SSL to be enabled", MailProblemKind.EncryptionRequired, false)] // Jenkins
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Syntactically invalid HELO argument(s)", MailProblemKind.ProtocolError, false)] // Exim's words, quoted in FairEmail's FAQ
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "Verbindung zu pop.example.com:995 schlug fehl.", MailProblemKind.ConnectionRefused, false)] // Claws Mail, German
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Serververbindung kann nicht hergestellt werden", MailProblemKind.ConnectionRefused, false)] // SnappyMail, German
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "IMAP-Server ist nicht erreichbar.", MailProblemKind.ConnectionRefused, false)] // Nextcloud Mail, German
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "There was an issue connecting with the server, check the server name and port and try again.", MailProblemKind.ConnectionRefused, false)] // Discourse
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "450 HL:MEP 该IP发送行为异常,被临时禁止连接。", MailProblemKind.PolicyRejected, true)] // NetEase: "temporarily barred" under a 4xx code
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "523 cipher text is invalid base64 format", MailProblemKind.ProtocolError, false)] // the login's encoding, not the password
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "Mail server pop.example.com responded: invalid format for plain response", MailProblemKind.ProtocolError, false)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Authorization has expired. Reauthorize the account.", MailProblemKind.OAuthSignInRequired, false)] // QNAP
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Token update failed. Please delete the token and obtain it again.", MailProblemKind.OAuthSignInRequired, false)] // Sharp
    [TestCase(MailProtocol.Smtp, MailOperationStage.Capabilities, "Could not send the message to admin@example.com -- Error: server does not require authentication", MailProblemKind.AuthMechanismUnsupported, false)] // not a demand to log in: the server offers no AUTH, as "SMTP AUTH extension not found"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Error: it is not supported any of the authentication mechanisms required by the server", MailProblemKind.AuthMechanismUnsupported, false)] // Manuel Lemos' PHP smtp class
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Error: it was not possible to read line from the SMTP server: data access time out", MailProblemKind.Timeout, true)] // the same class
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Error: reached the end of data while reading from the SMTP server connection", MailProblemKind.ConnectionBroken, true)] // the same class
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "0x8015 Unable to create socket connection", MailProblemKind.ConnectionRefused, false)] // Beckhoff TwinCAT
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Certificate Mismatch", MailProblemKind.CertificateInvalid, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Domain example.com has an outgoing mail hold. Message will be reattempted later", MailProblemKind.AccountDisabled, false)] // cPanel: the host held the domain's outgoing mail
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Email provider banned the account", MailProblemKind.AccountDisabled, false)] // Woodpecker: the account, not a host
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "OAuth token not defined for connection. OAuth Authorisation required.", MailProblemKind.OAuthSignInRequired, false)] // Jira's mail handler
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "006:SSL/TLS証明書のホスト名がメールサーバーのホスト名と一致しません", MailProblemKind.CertificateInvalid, false)] // Zendesk, Japanese: the names do not match
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "005:SSL証明書を見つけましたが、安全ではありません", MailProblemKind.CertificateInvalid, false)] // "found an SSL certificate, but it is not secure"
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "TLS required but not supported by server.", MailProblemKind.TlsHandshakeFailed, false)] // Android's Email app: the client wants TLS, the server offers none
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Couldn't open connection to server.", MailProblemKind.ConnectionRefused, false)] // Android's Email app
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Verbindung zum Server kann nicht geöffnet werden.", MailProblemKind.ConnectionRefused, false)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Authentication methods aren't supported by server.", MailProblemKind.AuthMechanismUnsupported, false)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Bridge is not able to contact the server, please check your internet connection.", MailProblemKind.ConnectionRefused, false)] // Proton Mail Bridge
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Connection to host 'imap.example.com:993' for repository 'Remote' was refused.", MailProblemKind.ConnectionRefused, false)] // OfflineIMAP
    [TestCase(MailProtocol.Pop3, MailOperationStage.Tls, "pop.example.com fingerprints do not match!", MailProblemKind.CertificateInvalid, false)] // fetchmail: a pinned certificate
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "CA Cert verifying failed:  no matching domain name found in certificate", MailProblemKind.CertificateInvalid, false)] // OfflineIMAP
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "IMAP LOGIN is disabled by server.  Need to use SSL?", MailProblemKind.EncryptionRequired, false)] // OfflineIMAP
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "SMTP server requires STARTTLS, keeping message.", MailProblemKind.EncryptionRequired, false)] // fetchmail
    [TestCase(MailProtocol.Imap, MailOperationStage.Data, "could not append ... NO Maximum size of appendable message has been exceeded", MailProblemKind.MessageTooLarge, false)] // Exchange, quoted by imapsync
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "таймаут после 300 секунд ожидания подключения к серверу pop.example.com.", MailProblemKind.Timeout, true)] // fetchmail, Russian
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "SMTP connect to localhost failed", MailProblemKind.ConnectionRefused, false)] // fetchmail
    [TestCase(MailProtocol.Pop3, MailOperationStage.Tls, "SSL connection failed.", MailProblemKind.TlsHandshakeFailed, false)] // fetchmail: the TLS step, not the TCP connection
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "STARTTLS connection failed.", MailProblemKind.TlsHandshakeFailed, false)] // Dolibarr
    [TestCase(MailProtocol.Imap, MailOperationStage.Greeting, "IMAP error: bogus greeting response * BAD hello", MailProblemKind.ProtocolError, false)] // mbsync
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "The server does not support LOGIN or PLAIN authentication method.", MailProblemKind.AuthMechanismUnsupported, false)] // Dart's mailer
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "No AUTH mechanism available.", MailProblemKind.AuthMechanismUnsupported, false)] // VMime
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "The server does no support any of the available authentication methods", MailProblemKind.AuthMechanismUnsupported, false)] // Rust's mail-send
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Failed to send email, please try again later.", MailProblemKind.Unknown, false)] // Keycloak: the program's advice, no server said "later"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "An error occurred while sending mail: Outgoing server (SMTP) error. The server responded: Try again later, closing connection.", MailProblemKind.ServerUnavailable, true)] // the server's own words still decide
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "find auth mechanism: unknown auth mechanism: GSSAPI NTLM", MailProblemKind.AuthMechanismUnsupported, false)] // Go's net/smtp wrapped by Alertmanager
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "unsupported SMTP AUTH types: GSSAPI, NTLM", MailProblemKind.AuthMechanismUnsupported, false)] // Authelia
    [TestCase(MailProtocol.Smtp, MailOperationStage.Capabilities, "SMTP server does not advertise the AUTH extension", MailProblemKind.AuthMechanismUnsupported, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Capabilities, "Notifier SMTP server does not support TLS and it is required by default", MailProblemKind.TlsHandshakeFailed, false)] // the client's demand for STARTTLS, not offered
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Unrecognized Certificate", MailProblemKind.CertificateInvalid, false)] // Android mail apps
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "521 <198.51.100.42> is blocked", MailProblemKind.PolicyRejected, false)] // the client's address named and refused
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 198.51.100.42 is listed on Example-RBL. Please visit https://rbl.example.net/", MailProblemKind.PolicyRejected, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "连接邮件服务器失败", MailProblemKind.ConnectionRefused, false)] // "connecting to the mail server failed", a word between
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "open SMTP connection: Certificate validation failure", MailProblemKind.CertificateInvalid, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Error when parsing SMTP response", MailProblemKind.ProtocolError, false)] // SAP
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Connection request from (*) to host: smtp.example.com, service: 25 failed (NIEHOST_UNKNOWN)", MailProblemKind.HostNotFound, false)] // SAP's network interface
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Connection request from (*) to host: smtp.example.com, service: 25 failed (NIECONN_REFUSED)", MailProblemKind.ConnectionRefused, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "SMTP node: connection to smtp.example.com failed (NIETIMEOUT)", MailProblemKind.Timeout, true)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "SMTP node: connection to smtp.example.com lost (NIECONN_BROKEN)", MailProblemKind.ConnectionBroken, true)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Zertifikatsproblem (user@example.com)", MailProblemKind.CertificateInvalid, false)] // K-9 Mail, German
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Échec de la vérification du certificat SSL", MailProblemKind.CertificateInvalid, false)] // Sylpheed, French
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "SSL 証明書を検証できません", MailProblemKind.CertificateInvalid, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Verbindung geschlossen vom Remote-Host.", MailProblemKind.ConnectionBroken, true)] // Sylpheed, German
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Conexión cerrada por la máquina remota.", MailProblemKind.ConnectionBroken, true)] // Claws Mail, Spanish
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Servername konnte nicht abgefragt werden", MailProblemKind.HostNotFound, false)] // Geary, German
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "Serveur pop.example.com non trouvé", MailProblemKind.HostNotFound, false)] // Sylpheed, French
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "サーバ pop.example.com が見つかりませんでした。", MailProblemKind.HostNotFound, false)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "IMAP-Verbindung fehlgeschlagen", MailProblemKind.ConnectionRefused, false)] // Nextcloud Mail, German
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Сбой соединения с сервером SMTP: smtp.example.com:587", MailProblemKind.ConnectionRefused, false)] // Sylpheed, Russian
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "Připojení k pop.mail.example.org:995 selhalo", MailProblemKind.ConnectionRefused, false)] // Sylpheed, Czech: a host name and port between
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "以安全模式连接 SMTP 服务器 smtp.example.com 失败", MailProblemKind.TlsHandshakeFailed, false)] // Evolution, Chinese: "secure" before the connection
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "IMAP server is unreachable", MailProblemKind.ConnectionRefused, false)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Il server IMAP non è raggiungibile", MailProblemKind.ConnectionRefused, false)] // Nextcloud Mail, Italian
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "无法访问 SMTP 服务器", MailProblemKind.ConnectionRefused, false)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "IMAP sunucusuna bağlanılamıyor: imap.example.com:993", MailProblemKind.ConnectionRefused, false)] // Claws Mail, Turkish
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "Časový limit připojení k pop.example.com:995 vypršel.", MailProblemKind.Timeout, true)] // Claws Mail, Czech
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Fehler beim Aufbau einer sicheren Verbindung", MailProblemKind.Unknown, false)] // a secure connection's failure is not a refused one
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "Fallo en la conexión SSL.", MailProblemKind.TlsHandshakeFailed, false)] // fetchmail, Spanish: an SSL connection's is the TLS step's, as "SSL connection failed" is
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Une erreur s'est produite lors de la connexion au serveur", MailProblemKind.Unknown, false)] // an error while connecting names no cause
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Verbindung mit SMTP-Server smtp.example.com im sicheren Modus ist gescheitert: STARTTLS nicht unterstützt", MailProblemKind.TlsHandshakeFailed, false)] // Evolution, German: STARTTLS not offered
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es später noch einmal.", MailProblemKind.RateLimited, true)] // Roundcube, German
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "La conexión con pop.example.com:995 excedió el límite de tiempo.", MailProblemKind.Timeout, true)] // Claws Mail, Spanish
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Server certificate was rejected by the verifier because it is revoked.", MailProblemKind.CertificateInvalid, false)] // Rebex
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "-ERR Server does not support APOP (no timestamp)", MailProblemKind.AuthMechanismUnsupported, false)] // ICS
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "SSL handshake failed - Error, wrong SSL version", MailProblemKind.WrongSecurityMode, false)] // ICS: the bytes were not TLS
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "500 Connect error - Winsock - Connection timed out (#10060)", MailProblemKind.Timeout, true)] // ICS: a socket error dressed as a reply
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "-ERR Host not found (Winsock error #11001)", MailProblemKind.HostNotFound, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Sorry, your SMTP server does not support basic username / password authentication.", MailProblemKind.AuthMechanismUnsupported, false)] // Mailspring
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Entschuldigung, Ihr SMTP-Server unterstützt keine grundlegende Benutzername/Passwort-Authentifizierung.", MailProblemKind.AuthMechanismUnsupported, false)] // the same in German
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Le protocole IMAP de Gmail n'est pas activé.", MailProblemKind.ProtocolDisabled, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Zpráva byla zablokována spamovým filtrem Yahoo.", MailProblemKind.SpamRejected, false)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Przekroczono maksymalną dozwoloną liczbę prób logowania. Proszę spróbować później.", MailProblemKind.RateLimited, true)] // Roundcube, Polish
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Máte příliš mnoho aktivních připojení k účtu Gmail.", MailProblemKind.TooManyConnections, true)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Błąd odpowiedzi na powitanie: Usługa nie jest dostępna, zamykanie kanału transmisyjnego", MailProblemKind.ServerUnavailable, true)] // Evolution, Polish: RFC 5321's 421 text
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "SMTP-Fehler: Nachrichtengröße übersteigt die Servergrenze (10 MB)", MailProblemKind.MessageTooLarge, false)] // Roundcube, German
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "El servidor SMTP no retransmitiría un mensaje.", MailProblemKind.RelayDenied, false)] // Mailspring, Spanish
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Connessione a imap.example.com chiusa.", MailProblemKind.ConnectionBroken, true)] // NeoMutt, Italian: a connection and its end, a host between
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Interruption de la connexion au serveur.", MailProblemKind.ConnectionBroken, true)] // KMail, French: the end named first
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Desconectado del servidor durante el inicio de sesión.", MailProblemKind.ConnectionBroken, true)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Rozmiar wysyłanej wiadomości przekracza globalny limit rozmiaru wiadomości na serwerze.", MailProblemKind.MessageTooLarge, false)] // Thunderbird, Polish
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Impossibile inviare il messaggio poiché supera la dimensione massima consentita di 10485760 byte.", MailProblemKind.MessageTooLarge, false)] // KMail, Italian: "exceeds" first
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Die Postfachgröße überschreitet das Limit.", MailProblemKind.MailboxFull, false)] // a mailbox's size is its quota
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Konto user@example.com jest chwilowo niedostępne z powodu konserwacji systemu.", MailProblemKind.ServerUnavailable, true)] // Zimbra, Polish
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Es wurde keine unterstützte Authentifizierungsmethode für IMAP gefunden.", MailProblemKind.AuthMechanismUnsupported, false)] // Horde, German
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Desteklenen hiçbir IMAP kimlik doğrulama yöntemi bulunamadı.", MailProblemKind.AuthMechanismUnsupported, false)] // Horde, Turkish: "none found" after the method
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "ATTENTION ! Le nom du serveur ne correspond pas au certificat", MailProblemKind.CertificateInvalid, false)] // NeoMutt, French
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Host \"smtp.example.com\" nie został znaleziony", MailProblemKind.HostNotFound, false)] // NeoMutt, Polish
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "\"smtp.example.com\" makinesi bulunamadı", MailProblemKind.HostNotFound, false)] // NeoMutt, Turkish: the name before the host
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Posta sunucusunda kota aşıldığı için işlem başarısız oldu.", MailProblemKind.MailboxFull, false)] // Horde, Turkish
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Las credenciales de autentificación han caducado.", MailProblemKind.PasswordExpired, false)] // Horde, Spanish
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Kan bericht niet versturen: fout bij verbinden met de SMTP server.", MailProblemKind.ConnectionRefused, false)] // SOGo, Dutch: "error connecting to the SMTP server"
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Der Ordner wurde auf dem Server nicht gefunden.", MailProblemKind.Unknown, false)] // a folder not found on the server, not the server's name
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Sessiegegevens zijn verlopen", MailProblemKind.Unknown, false)] // a session's data expired, not the password
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "SSL-Verbindung zum Server fehlgeschlagen", MailProblemKind.TlsHandshakeFailed, false)] // a secure connection's failure, "SSL" joined by a hyphen: the TLS step's, not a refused connection
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "An account has reported an untrusted server.", MailProblemKind.CertificateInvalid, false)] // Geary: a server named untrusted
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Un compte indique un serveur non digne de confiance.", MailProblemKind.CertificateInvalid, false)] // Geary, French
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Учетная запись сообщила о ненадежном сервере.", MailProblemKind.CertificateInvalid, false)] // Geary, Russian
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "Command USER is not supported by server.", MailProblemKind.AuthMechanismUnsupported, false)] // NeoMutt: the POP3 login command lacking
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "Команда USER сервером не поддерживается", MailProblemKind.AuthMechanismUnsupported, false)] // NeoMutt, Russian
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Nie można uwierzytelnić się na serwerze SMTP, bo nie można znaleźć pasującej metody uwierzytelnienia", MailProblemKind.AuthMechanismUnsupported, false)] // KMail, Polish: "cannot find" a method
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "No se pudo encontrar un método de autentificación IMAP admitido.", MailProblemKind.AuthMechanismUnsupported, false)] // Horde, Spanish: "could not find", "autentificación"
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "The operation failed due to a lack of a secure connection.", MailProblemKind.EncryptionRequired, false)] // Horde
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "A1 NO The operation is not permitted due to a lack of privacy.", MailProblemKind.EncryptionRequired, false)] // RFC 5530's text of PRIVACYREQUIRED, without its code
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Die Operation ist wegen einer fehlenden sicheren Verbindung fehlgeschlagen.", MailProblemKind.EncryptionRequired, false)] // Horde, German: a secure connection missing
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Güvenli bir bağlantı eksikliği nedeniyle işlem başarısız oldu.", MailProblemKind.EncryptionRequired, false)] // Horde, Turkish: "missing" after the connection (was a refused connection)
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "The operation failed because the quota on the mail server has been exhausted.", MailProblemKind.MailboxFull, false)] // Horde
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Impossible de joindre le ou les fichiers : vous avez atteint la limite de quota de votre compte.", MailProblemKind.MailboxFull, false)] // Zimbra, French: a quota "reached"
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "メールサーバのクォータを超過しているので、操作は失敗しました。", MailProblemKind.MailboxFull, false)] // Horde, Japanese
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "smtp.example.com is either offline or is an invalid host name.", MailProblemKind.HostNotFound, false)] // Dolibarr: a name that is no host's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Capabilities, "HELO rejected: invalid hostname", MailProblemKind.PolicyRejected, false)] // the client's HELO name refused, not the server's name unresolved
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "net 006: Your e-mail message is larger than the destination mail system is able to accept.", MailProblemKind.MessageTooLarge, false)] // AT&T: two words before "system"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Cannot send mails to mail server. (The specified string is not in the form required for an e-mail address.)", MailProblemKind.RecipientRejected, false)] // .NET's MailAddress FormatException, whichever step reported it
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Message rejected because it exceeded the allowed size.", MailProblemKind.MessageTooLarge, false)] // "exceeded", past tense
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "failed AUTH: Error: A secure connection is requiered(such as ssl).", MailProblemKind.EncryptionRequired, false)] // QQ Mail, as written
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Unable to find the destination mail server through MX lookup.", MailProblemKind.HostNotFound, false)] // Duplicati: words before "server"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Нет ответа от сервера", MailProblemKind.Timeout, true)] // 1C-Bitrix, Russian: "no response from the server"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Подключение отклонено", MailProblemKind.ConnectionRefused, false)] // 1C-Bitrix, Russian: "connection rejected"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "curl: (55) Failed sending data to the peer(ec=55), MAIL failed: 553", MailProblemKind.SenderRejected, false)] // curl: the code after the command it refused, behind its transport words
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "AUTH fehlgeschlagen, STARTTLS wird nicht unterstützt", MailProblemKind.AuthenticationFailed, false)] // "not supported" said of STARTTLS in the next clause, not of AUTH
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "*** Auth not attempted, requested type not available", MailProblemKind.AuthMechanismUnsupported, false)] // swaks
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Соединение с сервером ненадежно", MailProblemKind.Unknown, false)] // a connection called unreliable, no certificate named
    [TestCase(MailProtocol.Imap, MailOperationStage.Greeting, "Der Server hat die IMAP-Verbindung mit einer BYE-Antwort verweigert.", MailProblemKind.ServerUnavailable, true)] // greeted with BYE: it answered, so nothing refused the connection
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "IMAP-Server hat die Anmeldung verweigert", MailProblemKind.AuthenticationFailed, false)] // a login refused, not a connection
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Zugriff verweigert", MailProblemKind.Unknown, false)] // "access denied" names no connection
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Verbinding met de server werd geweigerd", MailProblemKind.ConnectionRefused, false)] // Dutch, words between
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "El estado de seguridad de la conexión SSL ha sido rechazado", MailProblemKind.TlsHandshakeFailed, false)] // a secure connection refused is the TLS step's
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Der Server mail.example.com antwortet nicht", MailProblemKind.Timeout, true)] // a server not answering, its name between
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Keine Antwort vom Server", MailProblemKind.Timeout, true)] // "no answer" first
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Serwer nie odpowiada", MailProblemKind.Timeout, true)] // Polish
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "De server vereist een versleutelde verbinding", MailProblemKind.EncryptionRequired, false)] // Dutch: an encrypted connection required
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Server vyžaduje šifrované připojení", MailProblemKind.EncryptionRequired, false)] // Czech
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Sunucu şifreli bağlantı gerektiriyor", MailProblemKind.EncryptionRequired, false)] // Turkish
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "523 cipher text is invalid base64 format 认证账号和密码需要base64加密", MailProblemKind.ProtocolError, false)] // Aliyun: base64 "encryption" is an encoding
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "伺服器憑證無效", MailProblemKind.CertificateInvalid, false)] // Chinese (Taiwan): "the server's certificate is invalid"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Неизвестный ответ сервера", MailProblemKind.ProtocolError, false)] // 1C-Bitrix, Russian: a reply not understood
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Réponse inattendue du serveur", MailProblemKind.ProtocolError, false)] // the reply first
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Unknown server response", MailProblemKind.ProtocolError, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The SMTP server smtp.example.com did not respond to the connection request.", MailProblemKind.Timeout, true)] // Business Central: the server's name between
    [TestCase(MailProtocol.Smtp, MailOperationStage.Capabilities, "Authentication not possible (not offered by the service)", MailProblemKind.AuthMechanismUnsupported, false)] // Zammad: AUTH not advertised
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "We have paused your outbound emails. Your email quota will reset at 23:00 UTC.", MailProblemKind.RateLimited, true)] // Invoice Ninja: a sending quota resets, a mailbox's does not
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "421 4.3.2 Your IP(203.0.113.5) is filtered and this connection will be closed.", MailProblemKind.PolicyRejected, false)] // Naver: the address in brackets, "filtered"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "MessageRejected: Sending paused for this account.", MailProblemKind.AccountDisabled, false)] // Amazon SES: the account's sending paused
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Verbindung mit Server imap.example.com konnte nicht hergestellt werden.", MailProblemKind.ConnectionRefused, false)] // Thunderbird, German: words between
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Authentifizierungsfehler beim Verbinden mit dem Server imap.example.com.", MailProblemKind.AuthenticationFailed, false)] // an authentication error while connecting, not a connection's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Impossible de connecter par SMTP", MailProblemKind.ConnectionRefused, false)] // PHPMailer, French (Joomla)
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Proceso detenido, no se pudo contactar al servidor de correo", MailProblemKind.ConnectionRefused, false)] // Spanish: "could not contact"
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "SSL/TLS error: The host name did not match any of the valid hosts for this certificate", MailProblemKind.CertificateInvalid, false)] // Qt's QSslError (KMail)
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "O servidor devolveu-nos uma resposta INVÁLIDA", MailProblemKind.ProtocolError, false)] // Portuguese: a reply named invalid
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Отказано в доступе при подключении к серверу", MailProblemKind.Unknown, false)] // access denied while connecting: the refusal's object is access, not the connection
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "No SMTP AUTH method available", MailProblemKind.AuthMechanismUnsupported, false)] // Claws Mail: the protocol named before the method
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Error [EMail_Client] cannot found supported authentication methods", MailProblemKind.AuthMechanismUnsupported, false)] // Crystal's email shard, as written
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "SMTP AUTH が利用できません", MailProblemKind.AuthMechanismUnsupported, false)] // Sylpheed, Japanese: AUTH not available
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Der Befehl AUTH ist nicht verfügbar", MailProblemKind.AuthMechanismUnsupported, false)] // the same in German
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "Required APOP timestamp not found in greeting", MailProblemKind.AuthMechanismUnsupported, false)] // fetchmail, Claws Mail: APOP impossible with this server
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Вы достигли лимита на отправку писем в сутки", MailProblemKind.RateLimited, true)] // Bitrix24, Russian: "limit" inflected
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "An error occurred while establishing a secure connection to the email server. The mailbox has been disabled for receiving email.", MailProblemKind.TlsHandshakeFailed, false)] // Dynamics 365 server-side sync: the cause, not the mailbox it then turned off
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "response = Your FROM address ( user@example.com ) must match your authenticated email user ( user@example.com ).", MailProblemKind.SenderRejected, false)] // VMime quoting the server: the address between
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Server vereist STARTTLS om in te loggen.", MailProblemKind.EncryptionRequired, false)] // Claws Mail, Dutch: STARTTLS named as required
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "SMTP server vyžaduje STARTTLS, zpráva zadržena.", MailProblemKind.EncryptionRequired, false)] // fetchmail, Czech
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Für die Anmeldung ist TLS erforderlich", MailProblemKind.EncryptionRequired, false)] // TLS first, "required" after
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "Зв’язок з pop.example.com:995 закритий віддаленим вузлом.", MailProblemKind.ConnectionBroken, true)] // Claws Mail, Ukrainian: a connection closed by the remote side
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Помилка з'єднання з сервером.", MailProblemKind.ConnectionRefused, false)] // SnappyMail, Ukrainian: an error connecting to the server
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "與伺服器的聯結中斷了!", MailProblemKind.ConnectionBroken, true)] // Mutt, Chinese (Taiwan): another word for a connection
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "IMAP failed to connect to imap.example.com:993:tls: Could not find DNS resolutions for imap.example.com:993.", MailProblemKind.HostNotFound, false)] // Delta Chat: the name, not the connection
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Host-Suche »imap.example.com« fehlgeschlagen. Überprüfen Sie den Hostnamen auf Tippfehler.", MailProblemKind.HostNotFound, false)] // Evolution, German: the host lookup failed
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Impossible de trouver la machine \"smtp.example.com\"", MailProblemKind.HostNotFound, false)] // Mutt, French: "cannot find the host"
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "failed to connect to imap.example.com/203.0.113.10 (port 993) from /192.168.1.23 (port 41234) after 30000ms", MailProblemKind.Timeout, true)] // Android's connect timeout: host and source between
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Error: Cannot connect to IMAP account: imap.example.com. Next try in 30 seconds.", MailProblemKind.ConnectionRefused, false)] // the next attempt's delay is no timeout
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Требуется пароль для конкретного приложения Gmail.", MailProblemKind.AppPasswordRequired, false)] // Mailspring, Russian: a word between
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "L’identité du serveur ne correspond pas à celle renseignée par le certificat", MailProblemKind.CertificateInvalid, false)] // Geary, French: the mismatch and the certificate farther apart
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Keine Einstellungen für Domain 'example.org' gefunden", MailProblemKind.SettingsNotFound, false)] // FairEmail, German: no settings for the domain
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "ドメイン 'example.org' の設定が見つかりませんでした", MailProblemKind.SettingsNotFound, false)] // FairEmail, Japanese
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Non è possibile collegarsi al server smtp.example.com", MailProblemKind.ConnectionRefused, false)] // "could not" and "connect" as word classes: Italian
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Impossible de joindre smtp.example.com:587", MailProblemKind.ConnectionRefused, false)] // French: "reach", a host named
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Невозможно соединиться с сервером imap.example.com", MailProblemKind.ConnectionRefused, false)] // Russian
    [TestCase(MailProtocol.Pop3, MailOperationStage.Mailbox, "Тимчасова помилка від pop.example.com під час отримання нових повідомлень.", MailProblemKind.ServerUnavailable, true)] // Thunderbird, Ukrainian: "temporary" and "error" as word classes
    [TestCase(MailProtocol.Pop3, MailOperationStage.Mailbox, "Temporärer Fehler von pop.example.com beim Abrufen neuer Nachrichten.", MailProblemKind.ServerUnavailable, true)] // the same in German
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Error connecting with SSL.", MailProblemKind.TlsHandshakeFailed, false)] // Indy: an error connecting over SSL is the handshake's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Error Could not read from smtp-relay.example.com", MailProblemKind.ConnectionBroken, true)] // Zend/laminas-mail: nothing more could be read from the host
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "451-The server has reached its limit for processing requests from your host. 451 Please try again later.", MailProblemKind.RateLimited, true)] // a limit on requests is a rate
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Проверьте настройки. Сервер не найден", MailProblemKind.HostNotFound, false)] // settings named in another sentence than what was not found
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "設定されたサーバーが見つかりません", MailProblemKind.HostNotFound, false)] // Japanese: "the configured server was not found"
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Error during backup/restore Not trusted server certificate", MailProblemKind.CertificateInvalid, false)] // SMS Backup+: "not trusted" before the certificate
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Exception: Possibly Unverified Host: \"mail.example.com\" != \"mail.example.com\"", MailProblemKind.CertificateInvalid, false)] // Inbox Pager: a host not verified
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Server does not support XOAUTH", MailProblemKind.AuthMechanismUnsupported, false)] // SMS Backup+: the mechanism named alone is missing, no token was judged
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "2019-03-26 18:40:59.2406 Error sending mail. No connection could be made because the target machine actively refused it 192.0.2.1:587", MailProblemKind.ConnectionRefused, false)] // NLog's time with four decimals: its last digits are no reply code
    [TestCase(MailProtocol.Smtp, MailOperationStage.Capabilities, "Can't use Channel::Driver::Smtp: #<Net::SMTPSyntaxError: Net::SMTPSyntaxError>", MailProblemKind.ProtocolError, false)] // Zammad: Ruby's exception for 500-509, no reply quoted
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Please try your request again later.", MailProblemKind.ServerUnavailable, true)] // words between "try" and "again later"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied", MailProblemKind.PolicyRejected, false)] // Postfix's client restrictions refuse the host, logged in or not
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)", MailProblemKind.PolicyRejected, false)] // cPanel's Exim: the HELO name, not a missing login
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "An established connection was aborted by the software in your host machine, possibly due to a data transmission timeout or protocol error.", MailProblemKind.ConnectionBroken, true)] // Windows' WSAECONNABORTED: the causes it may have had are not what happened
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "Error retrieving email messages: The stream used to retrieve responses from was closed.", MailProblemKind.ConnectionBroken, true)] // OpenPop.NET: words between the stream and its closing
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Помилка SMTP: не вдається під'єднатися до SMTP-серверу.", MailProblemKind.ConnectionRefused, false)] // PHPMailer, Ukrainian: another verb for "connect"
    [TestCase(MailProtocol.Pop3, MailOperationStage.Tls, "Не вдалося під'єднатися до POP серверу pop.example.com у захищеному режимі: STLS не підтримується сервером", MailProblemKind.TlsHandshakeFailed, false)] // Evolution, Ukrainian: STLS named as not supported, not a connection failure
    [TestCase(MailProtocol.Pop3, MailOperationStage.Tls, "Can't use Channel::Driver::Pop3: #<Errno::ECONNRESET: Connection reset by peer - SSL_connect>", MailProblemKind.TlsHandshakeFailed, false)] // Zammad: Ruby names the call the reset came in, the TLS handshake
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Access blocked: Example App’s request is invalid\nError 400: invalid_request", MailProblemKind.OAuthClientNotRegistered, false)] // Google's sign-in page refuses the app's request (provider data)
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "smtp: SMTP AUTH extension not found", MailProblemKind.AuthMechanismUnsupported, false)] // Go programs: the server offers no AUTH at all
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "No supported POP3 authentication method could be found.", MailProblemKind.AuthMechanismUnsupported, false)] // Horde: "could be found" after "no"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The server actively denied our connection.", MailProblemKind.ConnectionRefused, false)] // Blat: "denied" for Windows' "actively refused"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Error: Server terminates connection.", MailProblemKind.ConnectionBroken, true)] // nodemailer without a reply: the server ended the session
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Unable to write bytes on the wire.", MailProblemKind.ConnectionBroken, true)] // Symfony Mailer: the socket took no more
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "SMTP session failed: write error", MailProblemKind.ConnectionBroken, true)] // NeoMutt: a read or write error on the session
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Authentication credentials have expired.", MailProblemKind.PasswordExpired, false)] // Horde: the credentials, not the password, named as expired
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Error { kind: Response, source: \"incomplete response\" }", MailProblemKind.ProtocolError, false)] // lettre: a reply cut short is the protocol's, whatever the step
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Your account has been terminated.", MailProblemKind.AccountDisabled, false)] // an account ended, like one banned
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 5.7.1 From header address rejected: not owned by authorized user", MailProblemKind.SenderRejected, false)] // a sender not owned by the user who logged in, "authorized" between
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "File \"/usr/lib/python3.11/smtplib.py\", line 887, in sendmail raise SMTPSenderRefused(code, resp, from_addr) smtplib.SMTPSenderRefused: (530, b'5.7.0 Authentication Required.', 'user@example.com')", MailProblemKind.AuthenticationRequired, false)] // a Python trace flattened onto one line: the frame ends where the exception begins
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Failed to authenticate on SMTP server with username \"user@example.com\" using the following authenticators: \"LOGIN\", \"XOAUTH2\". Authenticator \"LOGIN\" returned \"Expected response code \"235\" but got code \"535\", with message \"535 5.7.8 Error: authentication failed\".\". Authenticator \"XOAUTH2\" returned \"Expected response code \"235\" but got code \"535\", with message \"535 5.7.8 Error: authentication failed\".\".", MailProblemKind.AuthenticationFailed, false)] // Symfony tried a password first: the password was refused, not a token
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "TLS erforderlich, aber nicht vom Server unterstützt.", MailProblemKind.TlsHandshakeFailed, false)] // Android, German: TLS named, "required", then "not supported" with words between
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "服务器不支持 TLS", MailProblemKind.TlsHandshakeFailed, false)] // Android, Chinese: the server first
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "StartTLSは利用できません。", MailProblemKind.TlsHandshakeFailed, false)] // Mailspring, Japanese: STARTTLS as the program writes it
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Error connecting to SMTP server smtp.example.com: could not initiate TLS", MailProblemKind.TlsHandshakeFailed, false)] // TLS that could not be started is the handshake's, though "connecting" is named
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "ArgumentError: wrong authentication type CRAM-MD5", MailProblemKind.AuthMechanismUnsupported, false)] // Ruby's Net::SMTP: a mechanism it does not know
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 5.7.1 Client does not have permissions to send on behalf of the from address", MailProblemKind.SenderRejected, false)] // Exchange: the login may not send for this sender
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "530 5.7.0 Require TLS to authenticate", MailProblemKind.EncryptionRequired, false)] // "require" as the verb before TLS and the login
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "NO [UNAVAILABLE] UserConnectionLimitExceeded", MailProblemKind.TooManyConnections, true)] // a limit of connections written as one identifier
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "a1 NO Unknown authenticate mechanism", MailProblemKind.AuthMechanismUnsupported, false)] // the command's name between the refusal and "mechanism"
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "a1 NO AUTHENTICATE is not enabled on this server", MailProblemKind.AuthMechanismUnsupported, false)] // IMAP's AUTHENTICATE switched off
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "The transport lost its connection to the server.", MailProblemKind.ConnectionBroken, true)] // CDO: a connection lost, "its" between
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Delivery failed: no MX record was found for example.org", MailProblemKind.HostNotFound, false)] // a bounce: the domain names no mail server
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "506 A client tried to send a message as user@example.com without proper authentication", MailProblemKind.AuthenticationRequired, false)] // MDaemon's words for a sender that did not log in
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "530 5.7.1 Client does not have permission to submit mail to this server", MailProblemKind.AuthenticationRequired, false)] // Exchange's receive connector: an anonymous client may not submit
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "*   Trying 192.0.2.7...\n* Immediate connect fail for 192.0.2.7: Host is down\n* Closing connection 0\nError in curl_fetch_memory(smtp_server, handle = h) : Couldn't connect to server", MailProblemKind.ConnectionRefused, false)] // curl's verbose "Closing connection 0" is its own step, not a dropped connection
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "connect failed: Host is down", MailProblemKind.ConnectionRefused, false)] // EHOSTDOWN: nothing answers at the address
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "[ ERROR ] ioOnClosedChannel [request-id: 1]", MailProblemKind.ConnectionBroken, true)] // SwiftNIO: a write on a channel already closed
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "[ssl://smtp.example.com:465]: fsockopen returned Error Number 110 and Error String 'Connection timed out'", MailProblemKind.Timeout, true)] // "[ssl://" is a URL's scheme, not Python's "[SSL: …]"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "421 4.5.1 Connection Rate - See https://helpdesk.example.edu/email/", MailProblemKind.RateLimited, true)] // a rate of connections, like a rate of messages
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Message count exceeded", MailProblemKind.RateLimited, true)] // a count of messages over its limit
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Não conseguiu conectar ao servidor IMAP/POP3", MailProblemKind.ConnectionRefused, false)] // Portuguese's "did not manage to" for "could not"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Le message que vous essayez d’envoyer excède la taille globale limite du serveur. Le message n’a pas été envoyé ; réduisez la taille du message et essayez à nouveau.", MailProblemKind.MessageTooLarge, false)] // Thunderbird, French: "excède" for "exceeds", the server's reply cut off
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "The number of messages in recipient's mailbox exceeded the local limit.", MailProblemKind.MailboxFull, false)] // a mailbox over its count of messages
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "ORA-29024: Certificate validation failure", MailProblemKind.CertificateInvalid, false)] // Oracle's UTL_SMTP: the certificate's validation failed
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "ORA-24263: Certificate of the remote server does not match the target address.", MailProblemKind.CertificateInvalid, false)] // the certificate names another host, "of the remote server" between
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "[E][ssl_client.cpp:33] handle_error(): SSL - An invalid SSL record was received\nError, could not connect to server", MailProblemKind.WrongSecurityMode, false)] // mbedTLS on a microcontroller: a plain port spoken to with TLS
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "E (8505) smtp_example: mbedtls_net_connect returned -0x52", MailProblemKind.HostNotFound, false)] // mbedTLS's MBEDTLS_ERR_NET_UNKNOWN_HOST by its number
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "the provided SASL authentication mechanism is not support", MailProblemKind.AuthMechanismUnsupported, false)] // "not support" without its ending
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "msmtp: cannot find a usable authentication method", MailProblemKind.AuthMechanismUnsupported, false)] // no mechanism both sides know
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "IMAP features disabled by administrator", MailProblemKind.ProtocolDisabled, false)] // Google Apps Script: IMAP switched off for the account
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Limit Exceeded: Email Body Size.", MailProblemKind.MessageTooLarge, false)] // Google Apps Script: a size over its limit, not a sending limit
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "smtp-out: Refuse to AUTH over insecure channel", MailProblemKind.EncryptionRequired, false)] // OpenSMTPD: an insecure channel is no TLS handshake's "secure channel"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Temporary failure in MX lookup", MailProblemKind.HostNotFound, true)] // a name lookup that failed for now
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "msmtp: cannot locate host smtp.example.com: host not found (nonauthoritative) or server failure", MailProblemKind.HostNotFound, true)] // msmtp's words for the resolver's TRY_AGAIN
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Konnte Host \"smtp.example.de\" nicht auflösen", MailProblemKind.HostNotFound, false)] // a host name not resolved, in German
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Impossible de résoudre l'hôte \"smtp.example.fr\"", MailProblemKind.HostNotFound, false)] // … in French
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "no se pudo resolver el host \"smtp.example.es\"", MailProblemKind.HostNotFound, false)] // … in Spanish
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "не удалось преобразовать имя хоста «smtp.example.ru»", MailProblemKind.HostNotFound, false)] // … in Russian
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "不能解析主机\"smtp.example.cn\"", MailProblemKind.HostNotFound, false)] // … in Chinese, "could not" and the verb without a space
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "ホスト smtp.example.jp を解決できません", MailProblemKind.HostNotFound, false)] // … in Japanese
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "-4 dns lookup on hostname \"smtp.example.com\" failed", MailProblemKind.HostNotFound, false)] // a lookup "on" a host name
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 587;\n  nested exception is:\n\tjava.net.SocketException: Permission denied: connect", MailProblemKind.ConnectionRefused, false)] // Java's EACCES on connect: the local system forbids it, no login was refused
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "无法解析服务器响应", MailProblemKind.Unknown, false)] // Chinese "解析" is also "to parse": a server's reply that could not be parsed names no host
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "impossible de résoudre le problème", MailProblemKind.Unknown, false)] // "résoudre" is also "to solve": only a name or a host after it is a lookup
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "451 4.7.1 max number of messages (500) over past 24h reached", MailProblemKind.RateLimited, true)] // a count of messages in a period, its figure between
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "550 5.7.1 from address must belong to authenticated user", MailProblemKind.SenderRejected, false)] // a sender that must be the login's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "530 AUTH not permitted on non-TLS connections", MailProblemKind.EncryptionRequired, false)] // a connection named non-TLS
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Error: Mail system full", MailProblemKind.ServerUnavailable, true)] // RFC 3463's X.3.1, its words without the code
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "550 Spam message rejected because IP is listed by bl.example.org", MailProblemKind.PolicyRejected, false)] // an IP on a list is the sender's reputation, whatever the reply calls the message
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "NO Access to requested service disabled", MailProblemKind.ProtocolDisabled, false)] // the service switched off for the account
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "The grant has expired; the user must sign in again.", MailProblemKind.OAuthSignInRequired, false)] // an OAuth grant gone
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Срок действия токена истёк", MailProblemKind.OAuthTokenInvalid, false)] // a token expired, in Russian
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Konfiguration für example.de nicht gefunden", MailProblemKind.SettingsNotFound, false)] // German "Konfiguration" for settings
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Der Server hat ein ungültiges Zertifikat", MailProblemKind.CertificateInvalid, false)] // "invalid" before "certificate", in German
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Untrusted: server address imap.example.org not in certificate", MailProblemKind.CertificateInvalid, false)] // a name the certificate does not hold
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Cannot connect to server (Command: LIST \"\" \"*\"; response: #7# [BAD, Missing required argument])", MailProblemKind.ProtocolError, false)] // K-9 Mail: its wrapper around the server's tagged BAD
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Failed to authenticate on SMTP server with username \"user@example.com\" using 2 possible authenticators. Authenticator LOGIN returned Expected response code 235 but got code \"535\", with message \"535 5.7.8 Authentication failed\". Authenticator XOAUTH2 returned Expected response code 250 but got code \"535\"", MailProblemKind.AuthenticationFailed, false)] // Swift Mailer tries every mechanism offered: a refused password, not a token
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Failed to connect to smtp.example.com:465 [SMTP: Invalid response code received from server (code: -1, response: )]", MailProblemKind.WrongSecurityMode, false)] // PEAR Net_SMTP: no greeting at all on a port that speaks only TLS
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "relay=none, dsn=4.4.3, status=deferred (Name service error for name=example.net type=MX: Malformed or unexpected name server reply)", MailProblemKind.HostNotFound, true)] // Postfix: the resolver failed, for now
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Ошибка подключения к серверу (Не получен ответ от сервера)", MailProblemKind.Timeout, true)] // Russian "no answer received" from a server
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Aucun des mécanismes d'authentification proposés n'est pris en charge", MailProblemKind.AuthMechanismUnsupported, false)] // none of the mechanisms, in French
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "ninguno de los mecanismos de autenticación del servidor es compatible", MailProblemKind.AuthMechanismUnsupported, false)] // … in Spanish
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Spojení selhalo: žádný podporovaný ověřovací mechanismus", MailProblemKind.AuthMechanismUnsupported, false)] // … in Czech
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Dieser Server erfordert keine Authentifizierung", MailProblemKind.AuthMechanismUnsupported, false)] // no AUTH offered, in German, as "server does not require authentication"
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Το πιστοποιητικό δεν ταιριάζει με τον διακομιστή", MailProblemKind.CertificateInvalid, false)] // a certificate for another name, in Greek
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Rejected by smtp-fw.example.com: SBRS score too low", MailProblemKind.PolicyRejected, false)] // Cisco's SenderBase reputation score of the sending host
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 5.7.1 This email doesn't exist.", MailProblemKind.RecipientRejected, false)] // an address that does not exist, under a policy code
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "451 Message deferred due to unresolvable from domain", MailProblemKind.SenderRejected, false)] // a sender's domain that does not resolve: the sender must change, whatever the code's class
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Login refused: encryption must be enabled", MailProblemKind.EncryptionRequired, false)] // TLS demanded before a login
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Falló la conexión al servidor SMTP", MailProblemKind.ConnectionRefused, false)] // Spanish "falló", with its accent, before "la conexión"
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Cannot reach the Example Mail server.", MailProblemKind.ConnectionRefused, false)] // a server that could not be reached, no cause named
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Sin conexión con el servidor", MailProblemKind.ConnectionRefused, false)] // "no connection with the server", in Spanish
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Geen verbinding met de SMTP server", MailProblemKind.ConnectionRefused, false)] // … in Dutch
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Nelze otevřít spojení se serverem", MailProblemKind.ConnectionRefused, false)] // "cannot open a connection", in Czech
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Não foi possível abrir a conexão com o servidor", MailProblemKind.ConnectionRefused, false)] // … in Portuguese
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "account: no authentication methods", MailProblemKind.AuthMechanismUnsupported, false)] // no method both sides know
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "POP3 authentication PLAIN needs TLS", MailProblemKind.EncryptionRequired, false)] // a login that needs TLS first
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "error resolving pop.example.com during connect", MailProblemKind.HostNotFound, false)] // getmail's words for a name that does not resolve
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "ssl_fingerprints mismatch (got 01:02:03)", MailProblemKind.CertificateInvalid, false)] // a pinned certificate's fingerprint, its setting's name before it
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "XGEMAIL_0005 | Sender domain failed a DBL test.", MailProblemKind.PolicyRejected, false)] // a domain block list (Spamhaus DBL) is a policy on the sending domain
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Exception: socket.error -  (97, 'Address family not supported by protocol')", MailProblemKind.ConnectionRefused, false)] // EAFNOSUPPORT: no connection of that address family can be made here
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "In AbstractSmtpTransport.php line 448:\n  Expected response code 250 but got an empty response", MailProblemKind.ConnectionBroken, true)] // a source line's number before a colon is no reply code
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "No response from SMTP server (MAIL FROM).", MailProblemKind.Timeout, true)] // a server of a named protocol that did not answer
    [TestCase(MailProtocol.Pop3, MailOperationStage.Tls, "Failed to connect to POP server pop.example.com in secure mode: STLS not supported by server", MailProblemKind.TlsHandshakeFailed, false)] // POP3's STLS, required and not offered
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "450 4.7.1 only 5 recipients per 5 minutes allowed", MailProblemKind.RateLimited, true)] // a count per a period of several minutes
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "We were unable to reach your mail provider. Please try again.", MailProblemKind.ConnectionRefused, false)] // a provider that could not be reached, no cause named
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "503 EHLO/HELO and MAIL FROM first please", MailProblemKind.ProtocolError, false)] // commands out of order, several named before "first"
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Unable to write to SMTP server (message body).", MailProblemKind.ConnectionBroken, true)] // a conversation that could no longer be written to
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "H=mx.example.net [192.0.2.7]: SMTP timeout after end of data (2048 bytes written): Connection timed out", MailProblemKind.DeliveryUnknown, false)] // Exim: the whole message sent, its answer never read
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Connected to 192.0.2.1 but connection died. Possible duplicate! (#4.4.2)", MailProblemKind.DeliveryUnknown, false)] // qmail-remote says the message may already be delivered
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Sync: BAD Command SEARCH invalid in AUTHENTICATED state", MailProblemKind.ProtocolError, false)] // a command in a state (named) that does not allow it
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "* NO [ALERT] IMAP command too long.", MailProblemKind.ProtocolError, false)] // a command longer than the server reads
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "System.Net.Mail.SmtpException: El servidor SMTP requiere una conexión segura o el cliente no se autenticó. La respuesta del servidor fue: 5.7.0 Authentication Required", MailProblemKind.AuthenticationRequired, false)] // System.Net.Mail's two-cause header in Spanish: the reply after it decides
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "System.Net.Mail.SmtpException: SMTP 伺服器需要安全連接，或用戶端未經驗證。伺服器回應為: 5.7.0 Must issue a STARTTLS command first", MailProblemKind.EncryptionRequired, false)] // … in Chinese (Taiwan), before a reply that asks for TLS
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "[2016-01-19 11:08:02,531: ERROR/MainProcess] Task send_mail raised unexpected: error(111, 'Connection refused')", MailProblemKind.ConnectionRefused, false)] // a log time's milliseconds before a colon are no reply code
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "io.netty.handler.ssl.NotSslRecordException: not an SSL/TLS record: 3232302073", MailProblemKind.WrongSecurityMode, false)] // Netty: plain text read where TLS was expected
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Failed to send email: Can't send command to SMTP host", MailProblemKind.ConnectionBroken, true)] // JavaMail: the connection could no longer be written to
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Parsing failure.", MailProblemKind.ProtocolError, false)] // a reply the client could not parse
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Bad command sequence", MailProblemKind.ProtocolError, false)] // commands out of order, in libetpan's words
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "aioimaplib.aioimaplib.CommandTimeout: NNAF7 FETCH 43 BODY.PEEK[]", MailProblemKind.Timeout, true)] // a command the server did not answer in time
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "command: FETCH => socket error: <class 'OSError'> - Too many read 0", MailProblemKind.ConnectionBroken, true)] // imaplib2: reads that return nothing, the connection gone
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Error [ERR_STREAM_WRITE_AFTER_END]: write after end", MailProblemKind.ConnectionBroken, true)] // Node.js: a write to a socket already ended
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF.", MailProblemKind.PolicyRejected, false)] // a limit for the message's SPF result: fixed by the sender's setup, not by waiting
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your SPF domain [example.com]. To protect our users from spam, mail sent from your domain has been temporarily rate limited.", MailProblemKind.RateLimited, true)] // … but a limit for the volume of mail from an "SPF domain" passes
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550-5.7.30 This message was blocked because it didn't pass DKIM authentication. Gmail requires bulk email senders to authenticate their email with DKIM.", MailProblemKind.PolicyRejected, false)] // "bulk email senders" names whom a rule binds, not a verdict of spam
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550-5.7.29 This message was blocked because it wasn't sent over a TLS connection.", MailProblemKind.EncryptionRequired, false)] // mail that must come over TLS
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The server “smtp.example.com” refused to allow a connection on port 587.", MailProblemKind.ConnectionRefused, false)] // Apple Mail's refused connection
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "The server “imap.example.com” cannot be contacted on port 993.", MailProblemKind.ConnectionRefused, false)] // a server that could not be reached, no cause named
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Could not connect to server\nServer does not respond.", MailProblemKind.Timeout, true)] // a server that does not answer
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Fetch UID: NO [TEMPFAIL] SELECT completed", MailProblemKind.ServerUnavailable, true)] // IMAP's TEMPFAIL response code: the server fails for now
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Unsupported login mechanism.", MailProblemKind.AuthMechanismUnsupported, false)] // a login method the server does not offer
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "No valid refresh token found for user@example.com", MailProblemKind.OAuthSignInRequired, false)] // no token stored yet: the user signs in first
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Failed to refresh access token. Sign to the server again, please.", MailProblemKind.OAuthSignInRequired, false)] // Evolution asks for a new sign-in
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method).", MailProblemKind.OAuthClientNotRegistered, false)] // RFC 6749's description of invalid_client: the app's registration
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "The redirect URI in the request, urn:ietf:wg:oauth:2.0:oob, can only be used by a Client ID for native application. It is not allowed for the WEB client type.", MailProblemKind.OAuthClientNotRegistered, false)] // a redirect URI the registration does not allow
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Access blocked: example-app has not completed the Google verification process", MailProblemKind.OAuthClientNotRegistered, false)] // an app Google has not verified
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "The specified OAuth2 provider 'google' is not supported or not properly configured", MailProblemKind.OAuthClientNotRegistered, false)] // OAuth settings not configured
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Error: InvalidAuthenticationToken: Token Expired", MailProblemKind.OAuthTokenInvalid, false)] // Microsoft Graph's refused token
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Received following query parameters: {\"error\":\"access_denied\",\"error_subcode\":\"cancel\"}", MailProblemKind.OAuthSignInRequired, false)] // RFC 6749's access_denied: the sign-in was not completed
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Need admin approval. The app needs permission to access resources in your organisation that only an admin can grant.", MailProblemKind.OAuthSignInRequired, false)] // consent an administrator has to give
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Credentials do not contain access_token", MailProblemKind.OAuthSignInRequired, false)] // no token yet
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Error { kind: Connection, source: Custom { kind: InvalidData, error: InvalidMessage(InvalidContentType) } }", MailProblemKind.WrongSecurityMode, false)] // rustls: plain text where a TLS record was expected
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "An SSL exception occurred. Check connection security type.", MailProblemKind.WrongSecurityMode, false)] // Odoo's advice names the cause
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "{\"response\":\"error:1408F10B:SSL routines:ssl3_get_record:wrong version number\",\"status\":404,\"message\":\"...\"}", MailProblemKind.WrongSecurityMode, false)] // an HTTP status in JSON is no reply code
    [TestCase(MailProtocol.Pop3, MailOperationStage.Tls, "POP 서버 pop.example.com에 보안 모드로 연결하는데 실패했습니다: 서버가 STLS를 지원하지 않습니다.", MailProblemKind.TlsHandshakeFailed, false)] // POP3's STLS not offered, in Korean
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "NO must be in AUTHENTICATED or SELECTED state", MailProblemKind.ProtocolError, false)] // a command sent in a state that does not allow it
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "451 4.2.2 Server accepts messages only on TLS connection", MailProblemKind.EncryptionRequired, false)] // TLS first, whatever the enhanced code says
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Mailbox (info) on postoffice (example) has exceeded its quota", MailProblemKind.MailboxFull, false)] // MailEnable's full mailbox
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Port 993 was unreachable on remote server", MailProblemKind.ConnectionRefused, false)] // a port that could not be reached
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "The IP address of host \"imap.example.com\" could not be determined", MailProblemKind.HostNotFound, false)] // a name that does not resolve
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "imapclient.exceptions.ProtocolError: Server replied with a response that violates the IMAP protocol", MailProblemKind.ProtocolError, false)] // a reply the protocol does not allow
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Forbindelsen blev afvist", MailProblemKind.ConnectionRefused, false)] // Danish: a connection refused
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Anslutningen till servern smtp.example.se misslyckades", MailProblemKind.ConnectionRefused, false)] // Swedish: a connection failed
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Tilkoblingen til serveren ble brutt", MailProblemKind.ConnectionBroken, true)] // Norwegian: a connection broken
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Yhteys palvelimeen imap.example.fi katkesi", MailProblemKind.ConnectionBroken, true)] // Finnish: a connection cut
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Palvelin ei vastaa", MailProblemKind.Timeout, true)] // Finnish: the server does not answer
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Mất kết nối với máy chủ smtp.example.vn", MailProblemKind.ConnectionBroken, true)] // Vietnamese: the connection lost
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Kết nối tới máy chủ smtp.example.vn thất bại", MailProblemKind.ConnectionRefused, false)] // Vietnamese: a connection failed
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Dung lượng thư vượt quá giới hạn cho phép", MailProblemKind.MessageTooLarge, false)] // Vietnamese: the message's size over the limit
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Meddelandets storlek överskrider serverns gräns", MailProblemKind.MessageTooLarge, false)] // Swedish: the same
    [TestCase(MailProtocol.Pop3, MailOperationStage.Tls, "> STLS\n< -ERR Unknown command.\n* STARTTLS denied", MailProblemKind.TlsHandshakeFailed, false)] // curl: the server refused STARTTLS, so does not offer it
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "ERROR: Server does not support STARTTLS (503 5.5.2 Send hello first)", MailProblemKind.ProtocolError, false)] // the client asked before EHLO: a sequence error, whatever it concluded
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "TLS/SSL failure for imap.example.net: Invalid token, probably not an SSL server", MailProblemKind.WrongSecurityMode, false)] // TLS spoken to a plain port
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 (max messages per session)", MailProblemKind.RateLimited, true)] // a per-session cap, even under 5xx
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Number of failed recipients exceeded, come back later", MailProblemKind.RateLimited, true)] // a count over a limit, not a refused recipient
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "421 Your IP address is restricted due to heavy usage", MailProblemKind.RateLimited, true)] // a usage limit
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "SMTP connection could not be initialized", MailProblemKind.ConnectionRefused, false)] // a connection that could not be opened
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Error: Invalid greeting from server:\n421 Cannot connect to SMTP server 192.0.2.1 (192.0.2.1:25), connect error 10060", MailProblemKind.Timeout, true)] // a mail proxy's 421 names its own timeout
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Error: Invalid greeting from server: 220-", MailProblemKind.ProtocolError, false)] // a greeting the client could not read
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "failed to fetch: in response-data: imapwire: expected SP, got \"\\r\"", MailProblemKind.ProtocolError, false)] // go-imap could not parse the reply
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "imap/client: error reading response: expected a space", MailProblemKind.ProtocolError, false)] // the same in go-imap v1
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "503 5.5.1 AUTH not allowed.", MailProblemKind.AuthMechanismUnsupported, false)] // no login on this port or server, whatever its code says of the sequence
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "smtp: authentication only allowed on submission ports", MailProblemKind.AuthMechanismUnsupported, false)] // mox: a login on port 25
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 5.7.7 Failed to parse message.", MailProblemKind.ProtocolError, false)] // the message's form, not a policy
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Access blocked: This request is blocked by Google's policies", MailProblemKind.OAuthClientNotRegistered, false)] // Google's sign-in page blocks the app
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "This app is blocked. This app tried to access sensitive info in your Google Account.", MailProblemKind.OAuthClientNotRegistered, false)] // the same
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, " -> .\n<** 451  (7A1C3E.1)\n -> QUIT\n<-  221 closing connection\n=== Connection closed with remote host.", MailProblemKind.ServerUnavailable, true)] // swaks marks a refusal "<**": the message's end was answered, delivery is known
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, " -> .\n<** 550 Email not exist\n -> QUIT\n=== Connection closed with remote host.", MailProblemKind.RecipientRejected, false)] // the same, refused for a recipient that does not exist
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, " -> MAIL FROM:<user@example.com>\n<** 553 Local user is not allowed\n -> QUIT\n<-  221 Bye\n=== Connection closed with remote host.", MailProblemKind.SenderRejected, false)] // at MAIL FROM: a refusal, not a dropped connection
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Failed to authenticate on SMTP server with username \"ann@example.com\" using the following authenticators: \"LOGIN\", \"XOAUTH2\". Authenticator \"LOGIN\" returned \"Expected response code \"235\" but got code \"535\", with message \"535 5.7.8 Username and Password not accepted.\".\". Authenticator \"XOAUTH2\" returned \"Expected response code \"235\" but got code \"334\", with message \"334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIn0=\".\".", MailProblemKind.AuthenticationFailed, false)] // Symfony tried the refused password as a token too
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Error 400: admin_policy_enforced", MailProblemKind.OAuthSignInRequired, false)] // Google: the Workspace administrator has not trusted the app
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "AADSTS90094: The grant requires admin permission.", MailProblemKind.OAuthSignInRequired, false)] // Microsoft: an administrator must consent
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Access blocked: Thunderbird has not been approved by your organization's administrator", MailProblemKind.OAuthSignInRequired, false)] // the same in words
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "451 4.7.1 192.0.2.7 is not yet authorized to deliver mail from <a@example.org> to <b@example.net>. Please try later.", MailProblemKind.PolicyRejected, true)] // greylistd's greylisting
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "SSL_connect error to mx.example.net[192.0.2.1]:25: Connection reset by peer", MailProblemKind.TlsHandshakeFailed, false)] // Postfix: the handshake failed, whatever ended it
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "curl: (35) SSL connect error", MailProblemKind.TlsHandshakeFailed, false)] // curl's CURLE_SSL_CONNECT_ERROR
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "451 See http://pobox.com/~djb/docs/smtplf.html.", MailProblemKind.ProtocolError, false)] // qmail refuses bare line feeds: resending the same message will not help
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "SMTPUTF8 is required, but was not offered by host mx.example.net[192.0.2.1]", MailProblemKind.ProtocolError, false)] // a non-ASCII address the next server cannot take
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "com.sun.mail.iap.ParsingException: error in BODYSTRUCTURE parsing", MailProblemKind.ProtocolError, false)] // JavaMail could not parse the reply
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Error: Unexpected char at position 12", MailProblemKind.ProtocolError, false)] // imapflow's token parser
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Net::IMAP::ResponseParser parse_error: unexpected SPACE (expected ATOM)", MailProblemKind.ProtocolError, false)] // Ruby's parser
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "A kapcsolat megszakadt", MailProblemKind.ConnectionBroken, true)] // Hungarian: the connection broke
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Conexiunea la server a fost întreruptă", MailProblemKind.ConnectionBroken, true)] // Romanian: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Веза са сервером је прекинута", MailProblemKind.ConnectionBroken, true)] // Serbian: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Koneksi ke server terputus", MailProblemKind.ConnectionBroken, true)] // Indonesian: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Nije moguće povezati se sa serverom", MailProblemKind.ConnectionRefused, false)] // Serbian: could not connect
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Nem lehet kapcsolódni a szerverhez", MailProblemKind.ConnectionRefused, false)] // Hungarian: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Сървърът не отговаря", MailProblemKind.Timeout, true)] // Bulgarian: the server does not answer
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Server tidak merespons", MailProblemKind.Timeout, true)] // Indonesian: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "A tanúsítvány lejárt", MailProblemKind.CertificateInvalid, false)] // Hungarian: the certificate expired
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Certificatul serverului a expirat", MailProblemKind.CertificateInvalid, false)] // Romanian: the same
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Server tidak mendukung otentikasi", MailProblemKind.AuthMechanismUnsupported, false)] // Indonesian: no login offered
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "A szerver nem támogatja a hitelesítést", MailProblemKind.AuthMechanismUnsupported, false)] // Hungarian: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Error 400: policy_enforced", MailProblemKind.OAuthSignInRequired, false)] // Google: the account's protection refuses the app
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Cannot fetch: no folder opened", MailProblemKind.ProtocolError, false)] // a command that needs an open folder
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "No connection to the SMTP server", MailProblemKind.ConnectionRefused, false)] // a connection that could not be opened
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "550 5.7.1 Service unavailable", MailProblemKind.PolicyRejected, false)] // RFC 3463's final security or policy refusal: "service unavailable" is its wording (Postfix's block lists, sendmail's stat=), not a server down
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "No s'ha pogut connectar amb el servidor", MailProblemKind.ConnectionRefused, false)] // Catalan: could not connect
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Nepavyko prisijungti prie serverio", MailProblemKind.ConnectionRefused, false)] // Lithuanian: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Neizdevās izveidot savienojumu ar serveri", MailProblemKind.ConnectionRefused, false)] // Latvian: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "החיבור לשרת נכשל", MailProblemKind.ConnectionRefused, false)] // Hebrew: the connection failed
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Ο διακομιστής δεν αποκρίνεται", MailProblemKind.Timeout, true)] // Greek: the server does not answer
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "سرور پاسخ نمی‌دهد", MailProblemKind.Timeout, true)] // Persian: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "सर्वर जवाब नहीं दे रहा", MailProblemKind.Timeout, true)] // Hindi: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Serveriga ühendus katkes", MailProblemKind.ConnectionBroken, true)] // Estonian: the connection broke
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "انقطع الاتصال بالخادم", MailProblemKind.ConnectionBroken, true)] // Arabic: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Μη έγκυρο πιστοποιητικό", MailProblemKind.CertificateInvalid, false)] // Greek: an invalid certificate
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Δεν βρέθηκαν ρυθμίσεις για τον τομέα example.gr", MailProblemKind.SettingsNotFound, false)] // Greek: no settings found for the domain
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Cannot login to IMAP server\n ↳ No Response: Application-specific password required (Failure)", MailProblemKind.AppPasswordRequired, false)] // English "No Response" is not Catalan's "no respon" (no answer)
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Error Domain=NSOSStatusErrorDomain Code=-9813 \"(null)\"", MailProblemKind.CertificateInvalid, false)] // Apple's Secure Transport: no root certificate for the chain
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "mbedtls_ssl_handshake returned -0x2700", MailProblemKind.CertificateInvalid, false)] // mbedTLS: the X.509 verification failed
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "wolfSSL_connect error -188, ASN_NO_SIGNER_E", MailProblemKind.CertificateInvalid, false)] // wolfSSL: no CA signer known
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "{error,{tls_alert,{handshake_failure,\"TLS client: {bad_cert,hostname_check_failed}\"}}}", MailProblemKind.CertificateInvalid, false)] // Erlang: the certificate names another host
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Schannel error 0x800B0109", MailProblemKind.CertificateInvalid, false)] // CryptoAPI's CERT_E_UNTRUSTEDROOT
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "The certificate's CN name does not match the passed value", MailProblemKind.CertificateInvalid, false)] // its words
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "gnutls_handshake() failed: Certificate is bad", MailProblemKind.CertificateInvalid, false)] // GnuTLS
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "error:14094412:SSL routines:ssl3_read_bytes:reason(1042):SSL alert number 42", MailProblemKind.CertificateInvalid, false)] // TLS alert 42, a bad certificate, by its number
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "A4 NO [BADCHARSET (US-ASCII)] The specified charset is not supported.", MailProblemKind.ProtocolError, false)] // RFC 5530: a SEARCH in a charset the server lacks
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "A9 NO [EXPUNGEISSUED] Some of the requested messages no longer exist", MailProblemKind.ProtocolError, false)] // RFC 5530: expunged by another session meanwhile
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "A2 NO Some of the requested messages no longer exist (0.001 + 0.000 secs).", MailProblemKind.ProtocolError, false)] // the same in words
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Message number out of range", MailProblemKind.ProtocolError, false)] // a message the folder does not have
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "-ERR Exceeded the login limit for a 15 minute period. Reduce the frequency of requests to the POP3 server.", MailProblemKind.RateLimited, true)] // Gmail's POP3: a limit of logins, not a refused password
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Error: the SMTP server did not answer in time", MailProblemKind.Timeout, true)] // no answer before the deadline
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Reauthentication required for this account", MailProblemKind.OAuthSignInRequired, false)] // the user signs in again
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "The IMAP server replied to the 'FETCH' command with a 'NO' response: FETCH arguments invalid", MailProblemKind.ProtocolError, false)] // a command's arguments refused
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "javax.mail.MessageRemovedException", MailProblemKind.ProtocolError, false)] // JavaMail: the message was expunged meanwhile
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "B7 NO The message has been expunged", MailProblemKind.ProtocolError, false)] // the same in words
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "SMTP error: (10) network error", MailProblemKind.ConnectionRefused, false)] // a network error while connecting: not connected
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "The message could not be sent because of a communications failure", MailProblemKind.ConnectionRefused, false)] // the step not known: read as connecting
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "FETCH failed: socket error", MailProblemKind.ConnectionBroken, true)] // a socket error on an open connection: it dropped
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "handshake failed: certificate", MailProblemKind.CertificateInvalid, false)] // a failure that names only a certificate: the certificate
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "Error with the server certificate", MailProblemKind.CertificateInvalid, false)] // the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Fehler: Zertifikat des Servers", MailProblemKind.CertificateInvalid, false)] // the same in German
    [TestCase(MailProtocol.Imap, MailOperationStage.Tls, "Please check the certificate settings. Connection reset by peer", MailProblemKind.ConnectionBroken, true)] // a cause named beside it decides
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Temporary lookup failure", MailProblemKind.ServerUnavailable, true)] // Postfix: its own table could not be read, for now
    [TestCase(MailProtocol.Imap, MailOperationStage.Capabilities, "The IMAP server cannot be used: required capabilities are missing (CONDSTORE)", MailProblemKind.ProtocolError, false)] // the server lacks an extension the client needs
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "SEARCH failed: the server does not support the character set of the query", MailProblemKind.ProtocolError, false)] // BADCHARSET in words
    [TestCase(MailProtocol.Pop3, MailOperationStage.Greeting, "Could not get a valid greeting from the server", MailProblemKind.ProtocolError, false)] // a greeting the client could not read
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "There was an error while trying to reach your mail server", MailProblemKind.ConnectionRefused, false)] // not reached
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Časový limit pripojenia k serveru vypršal", MailProblemKind.Timeout, true)] // Slovak: timed out
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Tengingin við netþjóninn rann út á tíma", MailProblemKind.Timeout, true)] // Icelandic: the same
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "การเชื่อมต่อกับเซิร์ฟเวอร์หมดเวลา", MailProblemKind.Timeout, true)] // Thai: the same (moved into the word class)
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "warning: queue file write error: No space left on device", MailProblemKind.ServerUnavailable, true)] // the server's disk, not the recipient's quota (no code quoted)
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "Submissions are refused: the free disk space has dropped below the threshold", MailProblemKind.ServerUnavailable, true)] // the same, as Exchange's back pressure says it
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Unexpected error while reading from the socket", MailProblemKind.ConnectionBroken, true)] // the open connection failed
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 Message rejected by the mail filter", MailProblemKind.PolicyRejected, false)] // the receiving side's filter, no spam named
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Delivery failure: the message matches the blocking rule (level: domain)", MailProblemKind.PolicyRejected, false)] // a rule of the receiving side
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "SMTP connection from host.example [192.0.2.7] closed by DROP in ACL", MailProblemKind.PolicyRejected, false)] // Exim's access control list
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The connection to the SMTP server is blocked by the firewall rules", MailProblemKind.ConnectionRefused, false)] // a firewall's rule on the connection is no refused message: the client's own side forbids the connection
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "No channel available: another connection is already open, a second connection cannot be set up", MailProblemKind.TooManyConnections, true)] // one connection at a time
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Account 47 is already being synchronized by another process", MailProblemKind.TooManyConnections, true)] // the mailbox held by another session
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "552 File extension .exe is not allowed", MailProblemKind.SpamRejected, false)] // an attachment's type refused, not a size (552)
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 Message contains a blocked attachment (invoice.js)", MailProblemKind.SpamRejected, false)] // the same
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "The server name contains invalid characters", MailProblemKind.HostNotFound, false)] // the server's name mistyped in the settings
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "501 HELO hostname contains invalid characters", MailProblemKind.ProtocolError, false)] // the client's own name in HELO is not the server's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "The server responded: mx.example.net smtp 198.51.100.24 blocked.", MailProblemKind.PolicyRejected, false)] // the sending host's address named as blocked
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Connection to 198.51.100.24 blocked", MailProblemKind.Unknown, false)] // the server's address: the client's way out is blocked, no policy of the server
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Relay attempt from IP address 192.0.2.7, mail from <a@example.org> to <b@example.net> rejected", MailProblemKind.RelayDenied, false)] // the relay refused, whatever lies between
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "451 4.1.8 Domain of sender address sender@example.org does not resolve", MailProblemKind.SenderRejected, true)] // the sender's domain not found now, under a code for now
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "550 5.1.8 <a@example.org>: Sender address rejected: Domain not found", MailProblemKind.SenderRejected, false)] // the same, final
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "450 4.1.8 <a@example.org>: Sender address rejected: not owned by user b@example.org", MailProblemKind.SenderRejected, false)] // a sender that is not the user's stays so
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "POP3 SERVER BUG (invalid challenge): xyz\nCan not authenticate to POP3 server: [CLOSED] POP3 connection broken", MailProblemKind.ProtocolError, false)] // c-client: a challenge it could not decode, then the connection it closed
    [TestCase(MailProtocol.Imap, MailOperationStage.Greeting, "imap-login: Disconnected: Too many invalid commands (no auth attempts in 2 secs): user=<>, rip=192.0.2.9", MailProblemKind.ProtocolError, false)] // commands the server could not read: TLS spoken to a plain port is one cause of several
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "550 Error: message doesn't contain a body", MailProblemKind.ProtocolError, false)] // a message without a body is refused for its form
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "Error: Code: FailedOperation.MissingEmailContent", MailProblemKind.ProtocolError, false)] // … as a sending API names it
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "Bad greeting from mail.example.org, port: 465, response: [EOF]", MailProblemKind.WrongSecurityMode, false)] // a greeting awaited in plain text on a port where TLS comes first
    [TestCase(MailProtocol.Imap, MailOperationStage.Greeting, "imap.example.org:993: IMAP error (socket error: EOF)", MailProblemKind.WrongSecurityMode, false)] // … the same for IMAP
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "ssl://mail.example.org:465: socket error: EOF", MailProblemKind.ConnectionBroken, true)] // TLS was started at once: the connection dropped
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "smtpd: Disconnecting session 0a1b2c: IO error: unknown", MailProblemKind.ConnectionBroken, true)] // an I/O error of the session
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Access denied by policy: sending host temporarily refused", MailProblemKind.PolicyRejected, true)] // no code: the words say for now
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "421 Access denied by policy. Zugriff vorübergehend verweigert.", MailProblemKind.PolicyRejected, true)] // "temporarily" in German under a code for now
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "421 Access denied by policy. Доступ временно запрещён.", MailProblemKind.PolicyRejected, true)] // … in Russian
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "421 Access denied by policy. Accès temporairement refusé.", MailProblemKind.PolicyRejected, true)] // … in French
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "a1 NO [SERVERBUG] Internal error occurred. Refer to server log for more information.", MailProblemKind.ServerUnavailable, true)] // the server's own fault passes once it is mended: nothing for the user to change
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "a2 NO [CORRUPTION] Cannot open mailbox", MailProblemKind.ServerUnavailable, true)] // … so does data the server found corrupt
    [TestCase(MailProtocol.Pop3, MailOperationStage.Mailbox, "-ERR [SYS/PERM] Internal error in the mail store", MailProblemKind.ServerUnavailable, false)] // RFC 3206: the server says it lasts
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "451 4.7.23 Message deferred - unable to verify SPF policy for example.org", MailProblemKind.PolicyRejected, true)] // the check could not be made now: its outcome is not known yet
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data, "451 4.7.23 SPF validation failed for example.org", MailProblemKind.PolicyRejected, false)] // the check was made and failed: it lasts until the record changes
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Connection to the mail server is blocked by firewall rules", MailProblemKind.ConnectionRefused, false)] // the client's own side forbids the connection
    [TestCase(MailProtocol.Smtp, MailOperationStage.Connect, "Error: network access is denied for outgoing mail", MailProblemKind.ConnectionRefused, false)] // … as a database's network access list does
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "port: 465, Greeting never received", MailProblemKind.WrongSecurityMode, false)] // no greeting where TLS comes first: the client waited in plain text
    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "secure: true, port: 465, Greeting never received", MailProblemKind.Timeout, true)] // TLS was started at once: the same rule as for a dropped greeting
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Failed to authenticate", MailProblemKind.AuthenticationFailed, false)] // Evolution's
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "fetchmail: Query status=11 (DNS)", MailProblemKind.HostNotFound, false)] // fetchmail's statuses by number
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "fetchmail: Query status=2 (SOCKET)", MailProblemKind.ConnectionBroken, true)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "fetchmail: Query status=9 (LOCKBUSY)", MailProblemKind.TooManyConnections, true)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "fetchmail: Query status=5 (SYNTAX)", MailProblemKind.Unknown, false)] // its own settings
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "fetchmail: POP3 connection to mail.example.com failed: temporary name server error.", MailProblemKind.HostNotFound, true)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Other, "fetchmail: Authorization failure on joe@mail.example.com", MailProblemKind.AuthenticationFailed, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "Failed to authenticate on SMTP server with username \"user@example.com\" using 1 possible authenticators. Authenticator PLAIN returned Expected response code 235 but got code \"503\", with message \"503 5.5.1 Error: MAIL transaction in progress\"", MailProblemKind.ProtocolError, false)] // Swift Mailer's header: the authenticators' replies after it decide
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "LOGIN disabled on this server.", MailProblemKind.EncryptionRequired, false)] // mutt's, for LOGINDISABLED
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "IMAP server denied authentication", MailProblemKind.AuthenticationFailed, false)] // Nextcloud Mail's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "SMTP authentication error", MailProblemKind.AuthenticationFailed, false)] // … for a refused login
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Authentication Error - Check your username and password. (IMAP)", MailProblemKind.AuthenticationFailed, false)] // Mailspring's
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Mailspring can no longer authenticate with joe@example.com. The password or authentication may have changed.", MailProblemKind.AuthenticationFailed, false)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "The server said you must sign in via your webmail.", MailProblemKind.WebLoginRequired, false)] // MailCore's ErrorNeedsConnectToWebmail
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Your password is no longer valid. Please choose a new password.", MailProblemKind.PasswordExpired, false)] // Zimbra's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Could not send message due to invalid address(es)", MailProblemKind.RecipientRejected, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Cannot send message: all recipients are invalid.", MailProblemKind.RecipientRejected, false)] // SOGo's
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Authentication Error - Check your server settings.", MailProblemKind.Unknown, false)] // no credentials named
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "IMAP mail.example.com INBOX: server has shut down the connection: x", MailProblemKind.ConnectionBroken, true)] // Balsa's
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Connection to host mail.example.com is broken.", MailProblemKind.ConnectionBroken, true)] // KDE's KIO
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "mail.example.com: SSL negotiation failed", MailProblemKind.TlsHandshakeFailed, false)] // … and PHP's c-client
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "state: \"SSL negotiation finished successfully\"", MailProblemKind.Unknown, false)] // OpenSSL's state: no failure
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Could not login to mail.example.com.", MailProblemKind.AuthenticationFailed, false)] // KIO's
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "The server mail.example.com refused to allow this computer to make a connection.", MailProblemKind.ConnectionRefused, false)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "The server failed the authenticity check (mail.example.com).", MailProblemKind.CertificateInvalid, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "curl: (64) Requested SSL level failed", MailProblemKind.TlsHandshakeFailed, false)] // curl's: STARTTLS required, not offered
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "No known authentication mechanisms supported", MailProblemKind.AuthMechanismUnsupported, false)] // curl's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "curl: (28) Operation too slow. Less than 1 bytes/sec transferred the last 30 seconds", MailProblemKind.Timeout, true)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Cannot Get Mail: The user name or password for “imap.example.com” is incorrect.", MailProblemKind.AuthenticationFailed, false)] // iOS Mail's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Cannot Send Mail: The sender address was rejected by the server.", MailProblemKind.SenderRejected, false)] // iOS Mail's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "The recipient address was rejected by the server.", MailProblemKind.RecipientRejected, false)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Socket error: read from imap.example.com (192.0.2.1:993)", MailProblemKind.ConnectionBroken, true)] // mbsync's
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "Skipping account joe, server forbids LOGIN", MailProblemKind.EncryptionRequired, false)] // … for LOGINDISABLED
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "IMAP error: selected SASL mechanism(s) not available;", MailProblemKind.AuthMechanismUnsupported, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "remote delivery deferred: AUTH cram-md5 failed: x", MailProblemKind.AuthenticationFailed, false)] // dma's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "SMTP login to smtp.example.com failed", MailProblemKind.AuthenticationFailed, false)] // … and ssmtp's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "STARTTLS not working", MailProblemKind.TlsHandshakeFailed, false)] // esmtp's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "*** Host did not advertise STARTTLS", MailProblemKind.TlsHandshakeFailed, false)] // swaks's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "*** Auth not attempted, no advertised types available", MailProblemKind.AuthMechanismUnsupported, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "*** No authentication type succeeded", MailProblemKind.AuthenticationFailed, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "*** TLS startup failed (connect: SSL connect attempt failed)", MailProblemKind.TlsHandshakeFailed, false)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Connect, "movemail: cannot open mailbox pop://joe@pop.example.com: Host does not exist", MailProblemKind.HostNotFound, false)] // GNU Mailutils
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "mail: Unsupported authentication scheme", MailProblemKind.AuthMechanismUnsupported, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "ERROR => SMTP-AUTH: Authentication to smtp.example.com:587 failed.", MailProblemKind.AuthenticationFailed, false)] // sendEmail's
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "DEBUG => SMTP-AUTH: LOGIN authenticaion failed.", MailProblemKind.AuthenticationFailed, false)] // … as it spells it
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "ERROR => TLS not possible! Remote SMTP server, smtp.example.com,  does not support it.", MailProblemKind.TlsHandshakeFailed, false)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "550 Bad destination mailbox address", MailProblemKind.RecipientRejected, false)] // the registry's words for X.1.1
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Diagnostic-Code: smtp; 550 Destination mailbox has moved, No forwarding address", MailProblemKind.RecipientRejected, false)] // X.1.6
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "451 Mail system congestion", MailProblemKind.ServerUnavailable, true)] // X.4.5
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "Sender address has null MX", MailProblemKind.SenderRejected, false)] // X.7.27
    [TestCase(MailProtocol.Smtp, MailOperationStage.Sender, "501 Invalid command or cannot parse from address", MailProblemKind.SenderRejected, false)] // X.5.1's words are too short to be read
    public void Mail_servers_own_replies_are_read_as_their_code_means(MailProtocol protocol, MailOperationStage stage, string reply, MailProblemKind expected, bool transient)
    {
        var problem = MailProblemClassifier.Classify(new MailFailure(protocol, stage) { ReplyText = reply }, English);

        problem.Kind.Should().Be(expected);
        problem.IsTransient.Should().Be(transient);
    }

    [Test]
    public void A_senders_address_not_found_is_not_a_refused_recipient()
        => MailProblemClassifier.Classify(
                new MailFailure(MailProtocol.Smtp, MailOperationStage.Other) { ReplyText = "The sender's e-mail address was not found" }, English)
            .Kind.Should().NotBe(MailProblemKind.RecipientRejected, "Exchange's bounce words name the recipient's address");

    [Test]
    public void A_mailbox_on_this_host_that_does_not_exist_is_a_recipient_not_a_host()
        => MailProblemClassifier.Classify(
                new MailFailure(MailProtocol.Smtp, MailOperationStage.Other) { ReplyText = "Requested mailbox on this host does not exist" }, English)
            .Kind.Should().Be(MailProblemKind.RecipientRejected, "only a message that begins with the host is GNU Mailutils' host not found");

    [TestCase(MailOperationStage.Authentication, "535 5.7.0 (#AUTH005) Too many bad auth attempts.", "smtp.mail.yahoo.com", MailProblemKind.AuthenticationFailed)] // Yahoo's refused password (provider data)
    [TestCase(MailOperationStage.Authentication, "535 5.7.0 (#AUTH005) Too many bad auth attempts.", null, MailProblemKind.RateLimited)] // no provider known: the words' limit
    public void Too_many_bad_login_attempts_is_a_limit_unless_the_provider_says_otherwise(MailOperationStage stage, string reply, string? host, MailProblemKind expected)
    {
        var problem = MailProblemClassifier.Classify(new MailFailure(MailProtocol.Smtp, stage) { ReplyText = reply, Host = host }, English);

        problem.Kind.Should().Be(expected);
        problem.AlsoPossible.Should().Contain(expected == MailProblemKind.RateLimited ? MailProblemKind.AuthenticationFailed : MailProblemKind.RateLimited);
    }

    [Test]
    public void A_limit_met_at_sign_in_advises_waiting_and_checking_the_password_not_sending_less()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Authentication)
        {
            ReplyText = "454 4.7.0 Too many login attempts, please try again later. - gsmtp",
            Host = "smtp.gmail.com",
        };

        var english = MailProblemClassifier.Classify(failure, English);
        var russian = MailProblemClassifier.Classify(failure, CultureInfo.GetCultureInfo("ru"));

        english.Kind.Should().Be(MailProblemKind.RateLimited);
        english.Title.Should().Contain("sign-in");
        english.Hints.Should().Contain(h => h.Contains("password")).And.NotContain(h => h.Contains("per day") || h.Contains("bulk"));
        russian.Title.Should().Contain("вход");
        russian.Hints.Should().Contain(h => h.Contains("пароль")).And.NotContain(h => h.Contains("рассыл"));
        MailProblemClassifier.Classify(failure with { Stage = MailOperationStage.Data }, English).Title.Should().Contain("sending limit");
    }

    [TestCase(MailOperationStage.Data, "550 5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.", MailProblemKind.SpamRejected)] // the verdict stands beside the reason
    [TestCase(MailOperationStage.Data, "421 4.7.0 This message is suspicious due to the nature of the content or the links within. To best protect our users from spam, the message has been blocked.", MailProblemKind.SpamRejected)]
    [TestCase(MailOperationStage.Sender, "421 4.7.0 Service not accepting mail now, try again later", MailProblemKind.ServerUnavailable)]
    [TestCase(MailOperationStage.Sender, "550 5.7.1 Your account has exceeded its sending limit, too many messages", MailProblemKind.RateLimited)]
    [TestCase(MailOperationStage.Sender, "550 5.7.1 Your account is over quota for sending, try again tomorrow", MailProblemKind.RateLimited)] // "account is full" is a mailbox; a sending quota is not
    [TestCase(MailOperationStage.Greeting, "421 4.3.2 System not accepting network messages", MailProblemKind.ServerUnavailable)]
    public void Words_beside_a_documented_reason_keep_their_meaning(MailOperationStage stage, string reply, MailProblemKind expected)
    {
        MailProblemClassifier.Classify(new MailFailure(MailProtocol.Smtp, stage) { ReplyText = reply }, English).Kind.Should().Be(expected);
    }

    [Test]
    public void A_tenant_blocked_from_sending_is_told_to_ask_the_administrator_in_english_and_russian()
    {
        var failure = new MailFailure(MailProtocol.Smtp, MailOperationStage.Sender) { ReplyText = "550 5.7.705 Access denied, tenant has exceeded threshold", Host = "smtp.office365.com" };

        var problem = MailProblemClassifier.Classify(failure, English);
        var russian = MailProblemClassifier.Classify(failure, CultureInfo.GetCultureInfo("ru"));

        problem.Hints[0].Should().Contain("5.7.705").And.Contain("administrator", "provider advice comes first");
        problem.Hints.Should().NotContain(h => h.Contains("authentication", StringComparison.OrdinalIgnoreCase), "a login is not what is missing");
        russian.Hints[0].Should().Contain("5.7.705").And.Contain("администратор");
    }

    [TestCase(MailProtocol.Imap, "A00000001 NO [AUTHENTICATIONFAILED] Authentication failed.", MailProblemKind.OAuthTokenInvalid)] // refused with the JSON challenge
    [TestCase(MailProtocol.Smtp, "504 5.7.4 XOAUTH is no longer supported.", MailProblemKind.AuthMechanismUnsupported)] // RFC 4954's 504: the mechanism is refused, no token was judged
    public void An_oauth_login_refusal_is_read_by_what_the_server_refused(MailProtocol protocol, string reply, MailProblemKind expected)
    {
        var failure = new MailFailure(protocol, MailOperationStage.Authentication)
        {
            ReplyText = reply,
            CredentialKind = MailCredentialKind.OAuth,
        };

        MailProblemClassifier.Classify(failure, English).Kind.Should().Be(expected);
    }

    [TestCase("SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')", 535, "5.7.8")]
    [TestCase("Mailbox unavailable. The server response was: 5.7.1 Client was not authenticated", null, "5.7.1")]
    [TestCase("MailKit.Security.AuthenticationException: 535: 5.7.3 Authentication unsuccessful", 535, "5.7.3")]
    [TestCase("Invalid login: 534-5.7.9 Application-specific password required.", 534, "5.7.9")]
    [TestCase("250 2.1.0 Ok\r\n553 5.7.1 <bob@lab.test>: Sender address rejected\r\n554 5.5.1 Error: no valid recipients", 553, "5.7.1")]
    [TestCase("Connection from 10.1.2.3 refused", null, null)]
    [TestCase("2016/04/15 12:50:57 worker.go:230: 550 5.7.1 Rejected: listed at a blocklist", 550, "5.7.1")] // Go's log with the source file's line
    [TestCase("smtp.lua:124: 500 Error: bad syntax", 500, null)] // Lua's error with the source file's line
    [TestCase("{\"status\":\"error\",\"error\":\"554 Relaying denied\"}", 554, null)] // a JSON string value
    [TestCase("{\"host\":\"smtp.example.com\",\"port\": 465 }", null, null)] // a port is a number, not a reply
    [TestCase("ssl_handshake.erl:402: error: 421 Service not available", 421, null)] // the line number is not the reply
    [TestCase("<div class=\"alert alert-danger\">554 Blocked - see https://ipcheck.example.net</div>", 554, null)] // a web page's element
    [TestCase("Send failed:<br/>550 Mailbox unavailable", 550, null)] // a line break in a web page
    [TestCase("Sent to <ann@example.com> 250 Ok", null, null)] // an address in angle brackets is not an element
    [TestCase("Net::SMTPFatalError (554 Transaction failed)", 554, null)] // Ruby on Rails' log: the exception, the reply in brackets
    [TestCase("SocketError (450 Mailbox busy)", 450, null)]
    [TestCase("host mx.example.org said: 554\n    Message refused (in reply to end of DATA command)", 554, null)] // a bounce folded after the code
    [TestCase("Delivery failed for 2 recipients\n   550 User unknown", 550, null)] // an indented reply line is a line of its own, not a fold
    [TestCase("System.AggregateException: One or more errors occurred. (554 Blocked - see https://ipcheck.example.net)", 554, null)] // .NET's message of several
    [TestCase("I get this error:\n> 554 Blocked", 554, null)] // a quote in a forum post or a mail
    [TestCase("The server says `452 mailbox full` every time", 452, null)] // Markdown's code
    [TestCase("{:error, :retries_exceeded, {:permanent_failure, \"mx.example.com\", \"550 Requested action not taken\"}}", 550, null)] // Elixir's gen_smtp
    [TestCase("SMTPException('421 Connection timeout')", 421, null)] // Python's repr
    [TestCase("2024-01-01 12:00:00 421 Connection timeout", 421, null)] // a log line's time
    [TestCase("Errors:\n- 452 mailbox full", 452, null)] // a list's item
    [TestCase("1. 550 Mailbox unavailable", 550, null)]
    [TestCase("Code\tMessage\n554\tBlocked", 554, null)] // a table copied from a web page
    [TestCase("lvl=eror error=\"400 ERR.PARAM\"", null, null)] // a log's value is not a quote
    [TestCase(">>> MAIL FROM:<ann@example.com>\n>>> 550 Access denied", null, null)] // a client log's own mark is not a quote
    public void The_server_reply_is_found_inside_other_programs_texts(string text, int? code, string? enhanced)
    {
        var reply = ClassifiedReply.Parse(text);

        reply.Code.Should().Be(code);
        reply.EnhancedCode.Should().Be(enhanced);
    }

    [TestCase(MailOperationStage.Authentication, "Неверный логин или пароль", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailOperationStage.Connect, "Не удалось подключиться к серверу smtp.example.ru", MailProblemKind.ConnectionRefused)]
    [TestCase(MailOperationStage.Sender, "Ошибка: превышен лимит отправки писем, попробуйте позже", MailProblemKind.RateLimited)]
    public void A_reply_in_json_that_escapes_all_but_ascii_reads_as_the_bare_reply(MailOperationStage stage, string text, MailProblemKind expected)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { error = text }); // "\u041D\u0435…", as System.Text.Json, Python's json and JavaScript's escapers write it

        json.Should().NotContain(text[..4], "the wrapper escapes the letters");
        ClassifySmtp(stage, json).Kind.Should().Be(expected);
        ClassifySmtp(stage, text).Kind.Should().Be(expected);
    }

    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "Transaction failed. The server response was: 5.7.1 Relay access denied", MailProblemKind.RelayDenied)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient, "gomail: could not send email 1: Rcpt: 550 Mailbox not found or access denied", MailProblemKind.RecipientRejected)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "imap_open(): Couldn't open stream {mail.example.org:993/imap/ssl}. Can not authenticate to IMAP server: [CLOSED] IMAP connection broken (authenticate)", MailProblemKind.ConnectionBroken)]
    public void A_text_folded_as_headers_and_terminals_fold_it_reads_as_the_unfolded_text(MailProtocol protocol, MailOperationStage stage, string text, MailProblemKind expected)
    {
        var words = text.Split(' ');
        foreach (var every in new[] { 3, 4, 5 })
        {
            var folded = string.Concat(words.Select((word, i) => (i == 0 ? string.Empty : i % every == 0 ? "\n    " : " ") + word)); // a line break and an indent at every few spaces

            Classify(protocol, stage, folded).Kind.Should().Be(expected, "folded at every {0} words:\n{1}", every, folded);
        }

        Classify(protocol, stage, text).Kind.Should().Be(expected);
    }

    [TestCase("<div class=\"alert\">Syntax error, command unrecognized. The server response was: </div>")]
    [TestCase("{\"error\":\"Syntax error, command unrecognized. The server response was: \"}")]
    [TestCase("An error occurred while sending an email: 'Syntax error, command unrecognized. The server response was: '")]
    public void An_empty_server_response_inside_markup_or_quotes_leaves_the_message_to_read(string text)
        => ClassifySmtp(MailOperationStage.Data, text).Kind.Should().Be(MailProblemKind.ProtocolError, "System.Net.Mail's own message says what happened");

    [TestCase("Net::SMTPServerBusy (421 Connection timeout)", MailProblemKind.Timeout)] // Ruby names every 4xx so
    [TestCase("Net::SMTPServerBusy: 421 4.4.2 Timeout waiting for data from client", MailProblemKind.Timeout)]
    [TestCase("Net::SMTPServerBusy", MailProblemKind.ServerUnavailable)] // with no reply, the name is all there is
    public void A_programs_name_for_a_reply_class_yields_to_the_reply(string text, MailProblemKind expected)
        => ClassifySmtp(MailOperationStage.Data, text).Kind.Should().Be(expected);

    [TestCase(MailOperationStage.Recipient, "452", "メールボックスの容量がいっぱいです", MailProblemKind.MailboxFull)]
    [TestCase(MailOperationStage.Data, "554", "Сервер временно недоступен", MailProblemKind.ServerUnavailable)]
    [TestCase(MailOperationStage.Authentication, "535", "认证失败", MailProblemKind.AuthenticationFailed)]
    public void A_reply_in_pythons_bytes_reads_as_the_bare_reply(MailOperationStage stage, string code, string words, MailProblemKind expected)
    {
        var bytes = string.Concat(System.Text.Encoding.UTF8.GetBytes(words).Select(b => b < 0x80 ? ((char)b).ToString() : $"\\x{b:x2}"));
        var wrapped = $"smtplib.SMTPResponseException: ({code}, b'{bytes}')"; // as Python prints the bytes of a reply in another language

        wrapped.Should().NotContain(words[..2], "the wrapper escapes the letters");
        ClassifySmtp(stage, wrapped).Kind.Should().Be(expected);
        ClassifySmtp(stage, $"{code} {words}").Kind.Should().Be(expected);
    }

    [Test]
    public void A_cut_run_of_escaped_bytes_stays_as_written()
        => ClassifiedReply.Parse("smtplib.SMTPResponseException: (550, b'\\xe7\\x94 user unknown')").Text.Should().Contain("\\xe7\\x94");

    [Test]
    public void A_text_longer_than_the_read_limit_is_read_at_its_start_and_its_end()
    {
        var filler = string.Concat(Enumerable.Repeat("C: NOOP\nS: 250 2.0.0 Ok\n", 50_000)); // 1.2 million characters of a client log
        var replyFirst = ClassifySmtp(MailOperationStage.Recipient, "550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown\n" + filler);
        var replyLast = ClassifySmtp(MailOperationStage.Authentication, filler + "C: AUTH PLAIN [credentials]\nS: 535 5.7.8 Error: authentication failed");
        var exception = new MailFailure(MailProtocol.Smtp, MailOperationStage.Connect)
        {
            Exception = new InvalidOperationException(filler + "getaddrinfo ENOTFOUND smtp.example.com"),
        };

        replyFirst.Kind.Should().Be(MailProblemKind.RecipientRejected);
        replyLast.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        MailProblemClassifier.Classify(exception, English).Kind.Should().Be(MailProblemKind.HostNotFound);
        replyLast.ServerReply!.Length.Should().BeLessThanOrEqualTo(ClassifiedReply.MaxReadLength + 3, "the start, a line with an ellipsis and the end");
    }

    [TestCase(8192, 8192)]
    [TestCase(8193, 8195)]
    [TestCase(100_000, 8195)]
    public void The_read_limit_keeps_short_texts_whole_and_cuts_long_ones_to_their_start_and_end(int length, int expected)
    {
        var text = new string('a', length - 1) + "z";

        var bounded = ClassifiedReply.Bounded(text);

        bounded.Should().HaveLength(expected).And.StartWith("aaa").And.EndWith("az");
    }

    [Test]
    public void The_read_limit_does_not_cut_a_character_outside_the_basic_plane_in_half()
    {
        var text = "x" + string.Concat(Enumerable.Repeat("\U0001F4E7", 10_000)) + "y"; // 📧, two UTF-16 code units each: both cuts fall inside one

        var bounded = ClassifiedReply.Bounded(text);

        bounded.Should().StartWith("x").And.EndWith("y");
        bounded.Length.Should().BeLessThanOrEqualTo(ClassifiedReply.MaxReadLength + 3);
        new UTF8Encoding(false, throwOnInvalidBytes: true).Invoking(e => e.GetByteCount(bounded)).Should().NotThrow("no lone surrogate is left");
    }

    [TestCase("250-mail.example.com\n250-STARTTLS\n250 SIZE 10240000", true, false)]
    [TestCase("* OK [CAPABILITY IMAP4rev1 LOGINDISABLED STARTTLS] Dovecot ready.", true, false)]
    [TestCase("+OK Dovecot ready.", true, false)]
    [TestCase("535 5.7.8 Error: authentication failed", false, false)]
    [TestCase("A1 BAD Error in IMAP command LOGIN: Invalid arguments.", false, true)]
    [TestCase("* OK IMAP4rev1 ready\nA1 BAD Unknown command", false, true)]
    [TestCase("* BAD internal error", false, false)]
    public void The_reply_parser_tells_a_capability_list_and_an_imap_tagged_bad(string text, bool offers, bool taggedBad)
    {
        var reply = ClassifiedReply.Parse(text);

        reply.OffersCapabilities.Should().Be(offers);
        reply.IsTaggedBad.Should().Be(taggedBad);
    }

    [Test]
    public void Problems_can_be_told_in_russian()
    {
        var problem = ClassifySmtp(MailOperationStage.Data, "554 5.7.1 Message rejected under suspicion of SPAM");

        var russian = problem.Localize(CultureInfo.GetCultureInfo("ru-RU"));

        russian.Kind.Should().Be(MailProblemKind.SpamRejected);
        russian.Title.Should().NotBe(problem.Title).And.MatchRegex("[А-Яа-яЁё]");
        russian.Hints.Should().HaveSameCount(problem.Hints);
    }

    [Test]
    public void A_problem_from_the_librarys_exception_keeps_the_endpoint_for_the_fix()
    {
        var exception = new MailOperationException("x", MailProtocol.Smtp, MailOperationStage.Authentication, "smtp.example.com", 587, "535 5.7.8 Error: authentication failed", 535, null);

        exception.Problem.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        MailProblemClassifier.Classify(exception, English).ServerReply.Should().Be("535 5.7.8 Error: authentication failed");
    }

    [TestCase("Net::ReadTimeout\n/usr/lib/ruby/2.7.0/net/protocol.rb:217:in `rbuf_fill'\n/usr/lib/ruby/2.7.0/net/smtp.rb:1087:in `recv_response'", MailProblemKind.Timeout)]
    [TestCase("Connection refused - connect(2) for \"localhost\" port 25\nfrom /usr/lib/ruby/2.5.0/net/smtp.rb:541:in `initialize'", MailProblemKind.ConnectionRefused)]
    public void Versions_in_stack_frame_paths_are_not_taken_for_enhanced_status_codes(string text, MailProblemKind expected)
    {
        ClassifiedReply.Parse(text).EnhancedCode.Should().BeNull();
        ClassifySmtp(MailOperationStage.Connect, text).Kind.Should().Be(expected);
    }

    [Test]
    public void A_greeting_or_capability_list_around_the_refusal_does_not_decide_the_kind()
    {
        const string log = "SERVER -> CLIENT: 220-mail.example.com ESMTP We do not authorize the use of this system to transport unsolicited bulk e-mail\n"
            + "SERVER -> CLIENT: 250-AUTH PLAIN LOGIN XOAUTH2\n"
            + "SERVER -> CLIENT: 535 Incorrect authentication data";

        var problem = ClassifySmtp(MailOperationStage.Authentication, log);

        problem.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
    }

    [Test]
    public void A_timeout_setting_in_a_client_log_is_not_a_timeout()
    {
        const string log = "Connection: opening to ssl://smtp.example.com:587, timeout=300, options=array()\nSMTP NOTICE: EOF caught while checking if connected";

        var problem = ClassifySmtp(MailOperationStage.Greeting, log);

        problem.Kind.Should().Be(MailProblemKind.WrongSecurityMode, "implicit TLS (ssl://) was spoken to the STARTTLS port 587");
    }

    [Test]
    public void A_sending_limit_under_a_5xx_code_is_transient_with_a_suggested_wait()
    {
        var problem = ClassifySmtp(MailOperationStage.Data, "550 5.4.5 Daily sending limit reached for this account");

        problem.Kind.Should().Be(MailProblemKind.RateLimited);
        problem.IsTransient.Should().BeTrue();
        problem.RetryAfter.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMinutes(1));
    }

    [Test]
    public void A_relay_refusal_that_asks_to_authenticate_stays_RelayDenied()
    {
        var problem = ClassifySmtp(MailOperationStage.Recipient, "550 relay access denied - please authenticate");

        problem.Kind.Should().Be(MailProblemKind.RelayDenied);
        problem.AlsoPossible.Should().Contain(MailProblemKind.AuthenticationRequired);
    }

    [Test]
    public void A_full_mailbox_named_by_a_quota_exception_is_MailboxFull_not_a_sending_limit()
    {
        var problem = ClassifySmtp(MailOperationStage.Data, "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException");

        problem.Kind.Should().Be(MailProblemKind.MailboxFull);
        problem.IsTransient.Should().BeFalse();
    }

    [TestCase(MailOperationStage.Capabilities, "Error: Server terminates connection. response=421 4.7.0 Try again later, closing connection. (EHLO)", MailProblemKind.ServerUnavailable)]
    [TestCase(MailOperationStage.Data, "421 4.3.2 Service shutting down, closing transmission channel", MailProblemKind.ServerUnavailable)]
    [TestCase(MailOperationStage.Sender, "421 mx.example.com Service closing transmission channel - command timeout", MailProblemKind.Timeout)]
    public void A_421_is_the_service_not_available_at_any_step_unless_its_words_say_more(MailOperationStage stage, string text, MailProblemKind expected)
    {
        var problem = ClassifySmtp(stage, text);

        problem.Kind.Should().Be(expected, "RFC 5321's 421 says the service is not available and the channel closes; the close is not the cause");
        problem.IsTransient.Should().BeTrue();
    }

    [TestCase(MailOperationStage.Sender, "550 5.7.27 Die Absenderdomain hat einen Null-MX", MailProblemKind.SenderRejected)]
    [TestCase(MailOperationStage.Data, "550 5.7.28 Flut erkannt", MailProblemKind.RateLimited)]
    [TestCase(MailOperationStage.Recipient, "550 5.7.17 Le propriétaire de la boîte a changé", MailProblemKind.RecipientRejected)]
    [TestCase(MailOperationStage.Recipient, "550 5.7.2 列表不允许此发件人", MailProblemKind.RecipientRejected)]
    public void Registered_security_details_are_read_from_the_enhanced_code_in_any_language(MailOperationStage stage, string text, MailProblemKind expected)
        => ClassifySmtp(stage, text).Kind.Should().Be(expected);

    [TestCase("javax.net.ssl.SSLHandshakeException: No subject alternative DNS name matching smtp.example.com found.")]
    [TestCase("java.security.cert.CertificateExpiredException: NotAfter: Mon Jan 01 00:00:00 UTC 2024")]
    [TestCase("ssl.CertificateError: hostname 'smtp.example.com' doesn't match 'mail.example.net'")]
    public void Certificate_exceptions_of_java_and_python_are_CertificateInvalid(string text)
        => ClassifySmtp(MailOperationStage.Tls, text).Kind.Should().Be(MailProblemKind.CertificateInvalid);

    [Test]
    public void A_limit_exceeded_in_russian_is_not_a_timeout()
        => ClassifySmtp(MailOperationStage.Data, "550 5.4.6 Превышен лимит отправки").Kind.Should().NotBe(MailProblemKind.Timeout);

    [Test]
    public void A_relays_summary_code_before_the_servers_reply_gives_way_to_the_reply_and_its_enhanced_code()
    {
        const string text = "Diagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.2.2 <user@example.jp>... Mailbox Full' (delivery attempts: 0)";

        var problem = ClassifySmtp(MailOperationStage.Recipient, text);

        problem.EnhancedStatusCode.Should().Be("5.2.2");
        problem.Kind.Should().Be(MailProblemKind.MailboxFull);
    }

    [Test]
    public void A_full_mailbox_named_in_words_is_MailboxFull_under_an_address_code()
        => ClassifySmtp(MailOperationStage.Recipient, "550 5.1.0 <user@example.org>: mailbox is full").Kind.Should().Be(MailProblemKind.MailboxFull);

    [Test]
    public void A_malformed_message_is_a_protocol_error_even_when_the_reply_names_spam_as_the_reason_for_the_check()
    {
        const string text = "550-5.7.1 This message is not RFC 5322 compliant, it has a duplicate Date header. To reduce the amount of spam, it has been blocked.";

        var problem = ClassifySmtp(MailOperationStage.Data, text);

        problem.Kind.Should().Be(MailProblemKind.ProtocolError);
        problem.AlsoPossible.Should().Contain(MailProblemKind.SpamRejected);
    }

    [TestCase(MailOperationStage.Recipient, "500 5.0.0 Depot returns error: <552 5.2.2 Postfach voll>", MailProblemKind.MailboxFull)]
    [TestCase(MailOperationStage.Recipient, "452 4.1.1 <user@example.net> user over quota", MailProblemKind.MailboxFull)]
    [TestCase(MailOperationStage.Recipient, "452 <user@example.net> Mailbox size limit exceeded", MailProblemKind.MailboxFull)]
    [TestCase(MailOperationStage.Recipient, "550 <user@example.net> User has too many messages on the server.", MailProblemKind.MailboxFull)]
    [TestCase(MailOperationStage.Data, "552 Maximum message size exceeded", MailProblemKind.MessageTooLarge)]
    [TestCase(MailOperationStage.Recipient, "452 4.1.1 <user@example.net> too many recent messages; try again later", MailProblemKind.RateLimited)]
    [TestCase(MailOperationStage.Connect, "421 4.4.5 Service unavailable, concurrency limit reached", MailProblemKind.TooManyConnections)]
    [TestCase(MailOperationStage.Authentication, "503 5.5.1 Error: AUTH not offered here", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailOperationStage.Recipient, "553-you are trying to use me as a relay, but I have not been configured to let\n553 you do this. (#5.7.1)", MailProblemKind.RelayDenied)]
    [TestCase(MailOperationStage.Data, "550 DMARC Sender Invalid - envelope rejected", MailProblemKind.PolicyRejected)]
    [TestCase(MailOperationStage.Recipient, "550 5.4.310 DNS domain example.invalid does not exist [Message=InfoDomainNonexistent]", MailProblemKind.RecipientRejected)]
    [TestCase(MailOperationStage.Connect, "550 5.4.312 Message expired, DNS query failed", MailProblemKind.HostNotFound)]
    [TestCase(MailOperationStage.Tls, "certificate-expired: Destination mail server's certificate is expired.", MailProblemKind.CertificateInvalid)]
    [TestCase(MailOperationStage.Data, "554 Email rejected due to security policies", MailProblemKind.PolicyRejected)]
    [TestCase(MailOperationStage.Data, "552 5.7.1 virus Eicar-Test-Signature detected", MailProblemKind.SpamRejected)]
    public void Families_are_read_from_the_subject_the_words_name(MailOperationStage stage, string text, MailProblemKind expected)
        => ClassifySmtp(stage, text).Kind.Should().Be(expected);

    [TestCase("imap_open(): Couldn't open stream {imap.example.com:993/imap/ssl}. Can not authenticate to IMAP server: [CLOSED] IMAP connection broken (authenticate)", MailProblemKind.ConnectionBroken)]
    [TestCase("imap_open(): Couldn't open stream {imap.example.com:993/imap/ssl}. Can not authenticate to IMAP server: AUTHENTICATE failed.", MailProblemKind.AuthenticationFailed)]
    [TestCase("Token request failed: AADSTS70011: The provided value for the input parameter 'scope' is not valid.", MailProblemKind.OAuthClientNotRegistered)] // the scopes the app asks for: its registration
    public void A_login_failures_header_does_not_decide_its_cause(string text, MailProblemKind expected)
        => Classify(MailProtocol.Imap, MailOperationStage.Authentication, text).Kind.Should().Be(expected);

    [TestCase(MailOperationStage.Recipient, "554 <ann@example.net>: no thank you", MailProblemKind.RecipientRejected)]
    [TestCase(MailOperationStage.Recipient, "550 <ann@example.net>: this address is no longer valid", MailProblemKind.RecipientRejected)]
    [TestCase(MailOperationStage.Recipient, "553 ann@example.net is not a valid recipient here", MailProblemKind.RecipientRejected)]
    [TestCase(MailOperationStage.Data, "<ann@example.net>: host mx.example.net[192.0.2.7] said: 554 Your message to ann@example.net cannot be delivered: this mailbox is disabled (in reply to end of DATA command)", MailProblemKind.RecipientRejected)]
    [TestCase(MailOperationStage.Data, "554 5.7.1 Your account has been disabled", MailProblemKind.AccountDisabled)]
    [TestCase(MailOperationStage.Other, "ann@example.net: delivery time expired after 5 days in the queue", MailProblemKind.Timeout)]
    [TestCase(MailOperationStage.Other, "Diagnostic-Code: X-Unix; envelope expired", MailProblemKind.Timeout)]
    [TestCase(MailOperationStage.Data, "550 5.7.1 Message rejected: invalid IP for sending mail of this domain", MailProblemKind.PolicyRejected)]
    public void Bounce_families_are_read_by_what_they_name(MailOperationStage stage, string text, MailProblemKind expected)
        => ClassifySmtp(stage, text).Kind.Should().Be(expected);

    [TestCase("* BYE Autologout; idle for too long")]
    [TestCase("-ERR Disconnected for inactivity")]
    [TestCase("* BYE Connection closed due to inactivity")]
    public void A_server_that_ends_an_idle_session_by_its_timer_timed_out_for_now(string text)
    {
        var problem = Classify(MailProtocol.Imap, MailOperationStage.Mailbox, text);

        problem.Kind.Should().Be(MailProblemKind.Timeout, "the server's inactivity timer ended the session (the corpus's readers label it so)");
        problem.AlsoPossible.Should().Contain(MailProblemKind.ConnectionBroken);
        problem.IsTransient.Should().BeTrue();
    }

    [Test]
    public void A_client_guessing_that_an_idle_connection_may_have_been_closed_reports_a_dropped_connection()
        => Classify(MailProtocol.Imap, MailOperationStage.Mailbox, "Your IMAP server has closed the connection. This may occur if you have left the connection idle for too long.").Kind
            .Should().Be(MailProblemKind.ConnectionBroken, "the client only guesses at the cause");

    [Test]
    public void A_session_the_server_no_longer_knows_broke_the_connection()
        => Classify(MailProtocol.Imap, MailOperationStage.Mailbox, "* BYE Session expired, please log in again").Kind.Should().Be(MailProblemKind.ConnectionBroken);

    [TestCase("postfix/smtp[4242]: 1A2B3C: to=<ann@example.net>, relay=mx.example.net[192.0.2.5]:25, dsn=4.4.2, status=deferred (conversation with mx.example.net[192.0.2.5] timed out while sending end of data -- message may be sent more than once)")]
    [TestCase("getFullResponse(): Last Command: .: connection reset by peer")]
    [TestCase(">> DATA\n<< 354 Go ahead\n>> .\n!! Connection closed unexpectedly")]
    public void A_break_after_the_end_of_data_is_a_delivery_nobody_knows(string text)
    {
        var problem = ClassifySmtp(MailOperationStage.Data, text);

        problem.Kind.Should().Be(MailProblemKind.DeliveryUnknown, "the message's end went out and no answer was read: it may have been accepted");
        problem.IsTransient.Should().BeFalse("sending again may deliver it twice");
    }

    [Test]
    public void A_refusal_after_the_end_of_data_is_read_as_a_refusal()
        => ClassifySmtp(MailOperationStage.Data, "SMTP error from remote mail server after end of data: 550 5.7.1 Message rejected as spam").Kind
            .Should().Be(MailProblemKind.SpamRejected);

    [TestCase(MailOperationStage.Connect, "421 Temporarily rejected. Reverse DNS for 192.0.2.1 failed", false)]
    [TestCase(MailOperationStage.Recipient, "450 4.7.1 Client host rejected: temporarily blocked using zen.spamhaus.org", false)]
    [TestCase(MailOperationStage.Recipient, "450 4.2.0 <ann@example.net>: Recipient address rejected: Greylisted, try again in 300 seconds", true)]
    [TestCase(MailOperationStage.Recipient, "450 4.1.1 <ann@example.net>: Recipient address rejected: User unknown in virtual mailbox table", false)]
    [TestCase(MailOperationStage.Recipient, "451 <ann@example.net> unable to verify address, try again later", true)]
    [TestCase(MailOperationStage.Recipient, "450 4.1.1 <ann@example.net>: Recipient address rejected: lookup deferred", true)]
    [TestCase(MailOperationStage.Data, "421 4.7.0 This message looks like spam and was blocked", false)]
    [TestCase(MailOperationStage.Data, "454 Transient reject: your sending behaviour is under review", true)]
    [TestCase(MailOperationStage.Recipient, "450 4.1.2 <ann@example.net>: Recipient address rejected: Domain not found", true)] // the DNS answer of the moment
    [TestCase(MailOperationStage.Recipient, "550 5.1.2 <ann@example.net>: Recipient address rejected: Domain not found", false)]
    public void A_4xx_code_is_transient_only_when_its_meaning_passes_by_itself(MailOperationStage stage, string text, bool transient)
        => ClassifySmtp(stage, text).IsTransient.Should().Be(transient);

    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "MailKit.Net.Imap.ImapCommandException: The IMAP server replied to the 'SELECT' command with a 'NO' response: Mailbox doesn't exist: Junk", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "imaplib.IMAP4.error: SELECT command error: BAD [b'Could not parse command']", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "MailKit.Security.AuthenticationException: The IMAP server does not support any of the requested authentication mechanisms.", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "-ERR [SYS/PERM] Your account has been suspended", MailProblemKind.AccountDisabled)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "-ERR [SYS/PERM] Permanent failure", MailProblemKind.ServerUnavailable)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Error login on [imap.example.com] with user [ann] auth [LOGIN]: 2 BAD Invalid characters in atom", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Unexpected response `A001 BAD LOGIN failed. Illegal arguments.' while doing LOGIN authentication", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "Error login on [imap.example.com] auth [X-MASTERAUTH]: 2 BAD AUTHENTICATE Unknown authentication method", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "A1 NO LOGIN failed.", MailProblemKind.AuthenticationFailed)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "ERROR: command: LOGIN => unexpected response: 'NO cleartext logins disabled'", MailProblemKind.EncryptionRequired)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "S: * NO [WEBALERT https://accounts.google.com/ContinueSignIn?sarp=1] Web login required.", MailProblemKind.WebLoginRequired)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "* BYE Session expired, please login again", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Net::IMAP::ResponseParseError: unexpected token RBRA", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "javax.mail.AuthenticationFailedException: Command is not valid in this state.", MailProblemKind.ProtocolError)]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Authentication, "javax.mail.AuthenticationFailedException: No authentication mechanisms supported by both server and client", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "DEBUG: IO/Socket/SSL.pm:1043: local error: SSL read error", MailProblemKind.ConnectionBroken)]
    [TestCase(MailProtocol.Pop3, MailOperationStage.Authentication, "-ERR Maildrop already in use", MailProblemKind.TooManyConnections)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "a1 NO [CANNOT] Unsupported authentication mechanism.", MailProblemKind.AuthMechanismUnsupported)] // RFC 5530's CANNOT, naming the mechanism
    public void Imap_and_pop3_refusals_are_read_by_their_step_and_response_code(MailProtocol protocol, MailOperationStage stage, string text, MailProblemKind expected)
        => Classify(protocol, stage, text).Kind.Should().Be(expected);

    [TestCase("Error: Invalid login: 502 Command \"AUTH PLAIN AHVzZXIAc2VjcmV0\" not implemented")]
    [TestCase("SMTP ERROR: AUTH command failed: 504 5.5.4 Unrecognized authentication mechanism")]
    [TestCase("Net::SMTPAuthenticationError: 504 Unknown mechanism <LOGIN>")]
    [TestCase("Error: Invalid login: 504 5.7.4 Unrecognized authentication type")]
    [TestCase("503 5.5.1 AUTH command used when not advertised")]
    [TestCase("postfix/smtp[4242]: warning: SASL authentication failure: No worthy mechs found")]
    [TestCase("535 5.7.8 Error: authentication failed: no mechanism available")]
    [TestCase("Message not sent. The server does not support CRAM-MD5 authentication method.")]
    [TestCase("The authentication mechanism \"XOAUTH2\" is not supported by the server")]
    [TestCase("Error: no form of authentication supported")]
    public void A_login_the_server_cannot_take_is_the_mechanism_family_whatever_the_client_wrote_around_it(string text)
    {
        var problem = ClassifySmtp(MailOperationStage.Authentication, text);

        problem.Kind.Should().Be(MailProblemKind.AuthMechanismUnsupported, "RFC 4954's 504 to AUTH and the SASL libraries' words say the command or mechanism is unknown, not the password");
        problem.IsTransient.Should().BeFalse();
    }

    [TestCase("Error: Invalid login: 535 5.7.8 Authentication credentials invalid", MailProblemKind.AuthenticationFailed)]
    [TestCase("502 5.7.0 Must issue a STARTTLS command first", MailProblemKind.EncryptionRequired)]
    public void A_login_reply_that_names_another_cause_keeps_it(string text, MailProblemKind expected)
        => ClassifySmtp(MailOperationStage.Authentication, text).Kind.Should().Be(expected);

    [TestCase(MailProtocol.Smtp, "javax.net.ssl.SSLHandshakeException: java.security.cert.CertificateException: No name matching mail.example.org found")]
    [TestCase(MailProtocol.Imap, "javax.net.ssl.SSLHandshakeException: Received fatal alert: bad_certificate")]
    [TestCase(MailProtocol.Smtp, "OpenSSL::SSL::SSLError: hostname \"mail.example.org\" does not match the server certificate")]
    [TestCase(MailProtocol.Imap, "curl: (60) SSL: no alternative certificate subject name matches target host name 'imap.example.org'")]
    [TestCase(MailProtocol.Imap, "The server you are connected to is using a security certificate that cannot be verified.")]
    [TestCase(MailProtocol.Imap, "Cannot Verify Server Identity. The identity of \"imap.example.org\" cannot be verified by Mail.")]
    [TestCase(MailProtocol.Imap, "Error: SEC_ERROR_UNKNOWN_ISSUER")]
    [TestCase(MailProtocol.Smtp, "System.Security.Authentication.AuthenticationException: The target principal name is incorrect.")]
    [TestCase(MailProtocol.Imap, "Connection failed: The certificate chain was issued by an authority that is not trusted.")]
    [TestCase(MailProtocol.Imap, "[2024-01-01 10:00:00] IMAP[ERROR]: invalid peer certificate: UnknownIssuer")]
    [TestCase(MailProtocol.Smtp, "S: 220 2.0.0 Ready to start TLS\nError: self-signed certificate in certificate chain")]
    [TestCase(MailProtocol.Imap, "Error, certificate owner does not match hostname imap.example.org")] // mbsync
    [TestCase(MailProtocol.Smtp, "Add Security Exception: You are about to override how Thunderbird identifies this site.")]
    public void A_certificate_refused_in_any_stacks_words_is_the_certificate_not_the_handshake(MailProtocol protocol, string text)
        => MailProblemClassifier.Classify(new MailFailure(protocol, MailOperationStage.Tls) { ReplyText = text }, English).Kind.Should().Be(MailProblemKind.CertificateInvalid, "a log level in brackets or a 220 that started TLS is not a server refusal: the client's words say what failed");

    [TestCase("ssl.SSLError: [SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:1129)")]
    [TestCase("error:1409442E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version")]
    public void A_handshake_that_names_no_certificate_stays_a_handshake_failure(string text)
        => Classify(MailProtocol.Imap, MailOperationStage.Tls, text).Kind.Should().Be(MailProblemKind.TlsHandshakeFailed);

    [TestCase(MailOperationStage.Recipient, "550 5.7.23 <ann@example.net>: Recipient address rejected: Message rejected due to: SPF fail - not authorized", MailProblemKind.PolicyRejected)]
    [TestCase(MailOperationStage.Sender, "554 5.7.1 <ann@example.org>: Sender address rejected: listed at dnsbl.example.net", MailProblemKind.PolicyRejected)]
    [TestCase(MailOperationStage.Recipient, "550 5.7.1 Recipient address rejected: User unknown in local recipient table", MailProblemKind.RecipientRejected)]
    [TestCase(MailOperationStage.Recipient, "553 5.1.8 <bob@example.org>... Domain of sender address bob@nonexistent.example does not exist", MailProblemKind.SenderRejected)]
    [TestCase(MailOperationStage.Sender, "550 5.1.1 <bob@example.org>: User unknown", MailProblemKind.SenderRejected)]
    [TestCase(MailOperationStage.Sender, "550 5.1.0 <bob@example.org>: sender unknown", MailProblemKind.SenderRejected)]
    public void An_address_refusal_is_read_by_the_reason_it_gives_and_the_address_it_names(MailOperationStage stage, string text, MailProblemKind expected)
        => ClassifySmtp(stage, text).Kind.Should().Be(expected, "Postfix names the restriction's address before the reason; at MAIL FROM an RFC 3463 addressing code can only mean the sender");

    [TestCase("550 5.7.1 Your server is a known spam source; mail refused", MailProblemKind.PolicyRejected)]
    [TestCase("554 Rejected: sending host is a confirmed spammer", MailProblemKind.PolicyRejected)]
    [TestCase("550 5.7.1 Message rejected as spam by content filter", MailProblemKind.SpamRejected)]
    [TestCase("554 5.7.1 This message was classified as spam", MailProblemKind.SpamRejected)]
    public void Spam_said_of_the_sender_is_its_reputation_and_said_of_the_message_is_a_verdict_on_it(string text, MailProblemKind expected)
        => ClassifySmtp(MailOperationStage.Data, text).Kind.Should().Be(expected);

    [TestCase("554 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.")]
    [TestCase("421 4.7.0 Please slow down")]
    [TestCase("550 5.7.1 You have exceeded the maximum number of messages allowed per hour")]
    // … and in the languages providers gloss their replies in
    [TestCase("550 5.7.1 Превышен лимит отправки писем, попробуйте позже")]
    [TestCase("554 5.7.0 Versandlimit erreicht")]
    [TestCase("550 5.7.1 Limite d'envoi quotidienne atteinte")]
    [TestCase("550 Ha superado el límite diario de envío")]
    [TestCase("送信数の上限に達しました")]
    [TestCase("Raggiunto il limite giornaliero di invio")]
    [TestCase("Przekroczono dzienny limit wysyłki")]
    [TestCase("Você excedeu o limite de envio diário")]
    [TestCase("发送频率过快，请稍后再试")]
    [TestCase("Byla překročena denní kvóta odeslaných zpráv")]
    public void A_sending_limit_in_other_words_is_still_a_limit(string text)
    {
        var problem = ClassifySmtp(MailOperationStage.Data, text);

        problem.Kind.Should().Be(MailProblemKind.RateLimited);
        problem.IsTransient.Should().BeTrue("the same message goes through once the period ends");
    }

    [TestCase("550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds")]
    [TestCase("554 5.6.0 Message rejected: lines too long (RFC 5322 limit is 998)")]
    [TestCase("550 5.7.1 Message refused: invalid MIME structure, see our policy")]
    public void A_message_refused_for_its_form_is_a_protocol_error_whatever_policy_the_reply_cites(string text)
        => ClassifySmtp(MailOperationStage.Data, text).Kind.Should().Be(MailProblemKind.ProtocolError);

    [TestCase("The IMAP server replied to the 'SELECT' command with a 'NO' response: The folder on the server could not be found")]
    [TestCase("imaplib.IMAP4.error: CREATE command error: NO [b'Invalid mailbox name']")]
    [TestCase("A7 BAD Command Argument Error. 12")]
    public void A_mailbox_command_the_server_refused_is_not_read_as_a_network_failure(string text)
        => Classify(MailProtocol.Imap, MailOperationStage.Mailbox, text).Kind.Should().Be(MailProblemKind.ProtocolError, "a tagged NO or BAD comes from a server that was reached: its name resolved and it answered");

    [TestCase(MailOperationStage.Connect, "Error: Connection timeout\n  code: 'ETIMEDOUT',\n  command: 'CONN'\n  options: { host: 'smtp.example.org', port: 465, secure: false }", MailProblemKind.WrongSecurityMode)]
    [TestCase(MailOperationStage.Tls, "Error: Client network socket disconnected before secure TLS connection was established { host: 'smtp.example.org', port: 587, secure: true }", MailProblemKind.WrongSecurityMode)]
    [TestCase(MailOperationStage.Tls, "tls: oversized record received with length 20527", MailProblemKind.WrongSecurityMode)]
    [TestCase(MailOperationStage.Connect, "Error: Connection timeout code: 'ETIMEDOUT' { host: 'smtp.example.org', port: 587, secure: false }", MailProblemKind.Timeout)]
    [TestCase(MailOperationStage.Connect, "Error: Connection timeout code: 'ETIMEDOUT' { host: 'smtp.example.org', port: 465, secure: true }", MailProblemKind.Timeout)]
    public void A_hang_or_failed_handshake_where_the_settings_put_the_mode_against_the_port_is_the_wrong_security_mode(MailOperationStage stage, string text, MailProblemKind expected)
        => ClassifySmtp(stage, text).Kind.Should().Be(expected);

    [TestCase(MailOperationStage.Authentication, "Mail check failed: 'NoneType' object has no attribute 'encode'")]
    [TestCase(MailOperationStage.Authentication, "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 12: ordinal not in range(128)")]
    [TestCase(MailOperationStage.Sender, "TypeError: Cannot read properties of undefined (reading 'from')")]
    [TestCase(MailOperationStage.Recipient, "java.lang.NullPointerException: Cannot invoke \"String.trim()\" because \"to\" is null")]
    [TestCase(MailOperationStage.Authentication, "NoMethodError: undefined method `strip' for nil:NilClass")]
    [TestCase(MailOperationStage.Other, "Uncaught (in promise) SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON")]
    [TestCase(MailOperationStage.Other, "SyntaxError: Unexpected token < in JSON at position 0")]
    public void An_error_of_the_programs_own_code_names_no_mail_failure(MailOperationStage stage, string text)
    {
        var problem = ClassifySmtp(stage, text);

        problem.Kind.Should().Be(MailProblemKind.Unknown, "the program failed before or after talking to the server; the step it was at says nothing about the server");
        problem.IsTransient.Should().BeFalse();
    }

    [TestCase(MailOperationStage.Sender, "smtplib.SMTPSenderRefused: (421, b'4.3.2 Service shutting down, closing transmission channel', 'office@example.com')")]
    [TestCase(MailOperationStage.Recipient, "SMTPRecipientsRefused: {'team@example.com': (421, b'4.3.0 Mail server temporarily unavailable, closing connection')}")]
    public void A_421_is_the_service_closing_whichever_command_a_client_names(MailOperationStage stage, string text)
    {
        var problem = ClassifySmtp(stage, text);

        problem.Kind.Should().Be(MailProblemKind.ServerUnavailable, "RFC 5321's 421 says the service is not available, whichever command it answered");
        problem.IsTransient.Should().BeTrue();
    }

    [TestCase("450 4.1.1 <team@example.net>: Recipient address rejected: unverified address: lost connection with mx.example.net[192.0.2.7] while receiving the initial server greeting")]
    [TestCase("450 4.1.1 <team@example.net>: Recipient address rejected: unverified address: host mx.example.net[192.0.2.7] refused to talk to me")]
    public void A_recipient_address_that_could_not_be_verified_yet_is_refused_for_now(string text)
    {
        var problem = ClassifySmtp(MailOperationStage.Recipient, text);

        problem.Kind.Should().Be(MailProblemKind.RecipientRejected);
        problem.IsTransient.Should().BeTrue("Postfix's \"unverified address\" under a 4xx code means its probe has no answer yet, not that the address is wrong");
    }

    [TestCase(MailOperationStage.Authentication, "535 5.7.8 Account expired due to prolonged inactivity")]
    [TestCase(MailOperationStage.Sender, "554 5.2.1 Mailbox has expired. Contact your administrator.")]
    [TestCase(MailOperationStage.Authentication, "-ERR Your account was deactivated for inactivity")]
    public void An_account_that_expired_is_disabled(MailOperationStage stage, string text)
        => ClassifySmtp(stage, text).Kind.Should().Be(MailProblemKind.AccountDisabled);

    [TestCase("432 Password transition needed")]
    [TestCase("A password transition is required before you can sign in")]
    public void A_password_transition_is_an_expired_password(string text)
        => ClassifySmtp(MailOperationStage.Authentication, text).Kind.Should().Be(MailProblemKind.PasswordExpired, "RFC 4954's 432 4.7.12: the user must change the password before logging in");

    [TestCase(MailOperationStage.Authentication, "postfix/submission/smtpd[311]: warning: SASL: Connect to /var/spool/postfix/private/auth failed: Permission denied")]
    [TestCase(MailOperationStage.Authentication, "imap-login: Internal login failure: can't contact LDAP server (refer to server log for more information)")]
    [TestCase(MailOperationStage.Authentication, "saslauthd: auth failure: lost connection to authentication server")]
    [TestCase(MailOperationStage.Greeting, "postfix/smtpd[2211]: fatal: open database /etc/postfix/sender_access.db: No such file or directory\npostfix/master[870]: warning: process /usr/lib/postfix/sbin/smtpd pid 2211 exit status 1\npostfix/master[870]: warning: /usr/lib/postfix/sbin/smtpd: bad command startup -- throttling")]
    public void A_server_that_cannot_reach_its_own_parts_is_unavailable(MailOperationStage stage, string text)
    {
        var problem = ClassifySmtp(stage, text);

        problem.Kind.Should().Be(MailProblemKind.ServerUnavailable, "the server's own login service, directory or daemon failed: the user's password and limits are not in question");
        problem.IsTransient.Should().BeTrue();
    }

    [TestCase("Server imap.example.org closed connection while reading response to FETCH")]
    [TestCase("ERROR: the server closed connection unexpectedly during SELECT INBOX")]
    public void A_server_that_closed_the_connection_dropped_it(string text)
        => Classify(MailProtocol.Imap, MailOperationStage.Mailbox, text).Kind.Should().Be(MailProblemKind.ConnectionBroken);

    [TestCase("Error: APPEND not allowed now")]
    [TestCase("IDLE not allowed now.")]
    public void A_command_the_server_does_not_allow_now_is_out_of_sequence(string text)
        => Classify(MailProtocol.Imap, MailOperationStage.Mailbox, text).Kind.Should().Be(MailProblemKind.ProtocolError);

    [TestCase("failed to upgrade connection to TLS: unexpected EOF")]
    [TestCase("smtp: cannot upgrade connection: read: connection reset by peer")]
    public void A_connection_that_could_not_be_upgraded_failed_its_handshake(string text)
        => ClassifySmtp(MailOperationStage.Tls, text).Kind.Should().Be(MailProblemKind.TlsHandshakeFailed);

    [TestCase("Command HELO device-17: got wrong response: HELO requires a domain name")]
    [TestCase("SMTP client: wrong response to EHLO")]
    [TestCase("The mail server did not reply with anything the client recognised")]
    [TestCase("Unrecognized response from the server after EHLO")]
    public void A_wrong_response_is_a_protocol_error(string text)
        => ClassifySmtp(MailOperationStage.Greeting, text).Kind.Should().Be(MailProblemKind.ProtocolError);

    [TestCase("mail.setup: imap.example.org:993 socketType=3 imap: timeout GuessConfig.sys.mjs:558:21\nmail.setup: smtp.example.org:465 socketType=3 smtp: timeout GuessConfig.sys.mjs:558:21", MailProblemKind.Timeout)]
    [TestCase("mail.setup: mail.example.org:465 socketType=0 smtp: [Exception... \"Connection to mail.example.org:465 failed\"  nsresult: \"0x804b000e (NS_ERROR_NET_TIMEOUT)\"  location: \"JS frame :: resource:///modules/accountcreation/GuessConfig.sys.mjs :: onStopRequest\"]", MailProblemKind.Timeout)]
    [TestCase("mail.setup: no configuration found for example.org (GuessConfig.sys.mjs)", MailProblemKind.SettingsNotFound)]
    public void A_settings_search_whose_probes_timed_out_is_a_timeout(string text, MailProblemKind expected)
    {
        var problem = Classify(MailProtocol.Imap, MailOperationStage.Other, text);

        problem.Kind.Should().Be(expected, "settings entered by hand would meet the same silence; a search that only found nothing found nothing");
        if (expected == MailProblemKind.Timeout)
        {
            problem.AlsoPossible.Should().Contain(MailProblemKind.SettingsNotFound);
        }
    }

    [TestCase("Component returned failure code: 0x804b001e (NS_ERROR_UNKNOWN_HOST)", MailOperationStage.Connect, MailProblemKind.HostNotFound)]
    [TestCase("[Exception... \"Connection refused\"  nsresult: \"NS_ERROR_CONNECTION_REFUSED\"]", MailOperationStage.Connect, MailProblemKind.ConnectionRefused)]
    [TestCase("nsresult: 0x804b000e (NS_ERROR_NET_TIMEOUT)", MailOperationStage.Connect, MailProblemKind.Timeout)]
    [TestCase("nsresult: 0x804b0047 (NS_ERROR_NET_INTERRUPT)", MailOperationStage.Mailbox, MailProblemKind.ConnectionBroken)]
    [TestCase("NS_ERROR_NET_RESET", MailOperationStage.Mailbox, MailProblemKind.ConnectionBroken)]
    public void Mozillas_network_error_codes_are_read_by_their_names(string text, MailOperationStage stage, MailProblemKind expected)
        => Classify(MailProtocol.Imap, stage, text).Kind.Should().Be(expected, "Thunderbird reports a network failure by its nsresult name and number");

    [TestCase("Error: getaddrinfo ENOTFOUND autoconfig.example.org")]
    [TestCase("Autodiscover failed: Could not resolve host: autodiscover.example.com")]
    public void A_settings_host_that_does_not_resolve_means_no_settings_were_found(string text)
        => Classify(MailProtocol.Imap, MailOperationStage.Connect, text).Kind.Should().Be(MailProblemKind.SettingsNotFound, "autoconfig and autodiscover hosts are where settings are looked up, not the mail server");

    [TestCase("Configuration discovery failed. Please use the manual settings")] // Nextcloud Mail's
    [TestCase("Settings discovery has failed for example.org")]
    public void A_settings_search_that_found_nothing_is_named_as_such(string text)
        => Classify(MailProtocol.Imap, MailOperationStage.Other, text).Kind.Should().Be(MailProblemKind.SettingsNotFound);

    [Test]
    public void Access_denied_for_a_wrong_password_is_a_refused_login()
        => Classify(MailProtocol.Imap, MailOperationStage.Authentication, "Login refused: access denied - username or password incorrect")
            .Kind.Should().Be(MailProblemKind.AuthenticationFailed, "the words name the login's cause, not a policy");

    [Test]
    public void A_reply_after_an_address_and_colon_is_found_past_a_number_that_starts_the_line()
    {
        var problem = ClassifySmtp(MailOperationStage.Recipient, "250   2024-03-01 10:00:01 H=mx.example.net [192.0.2.5]: SMTP error from remote mail server after RCPT TO:<team@example.net>: 451 Temporary local problem - please try later");

        problem.ReplyCode.Should().Be(451, "Exim writes the remote server's reply after \"RCPT TO:<address>:\"; a number a paste put at the start of the line is not a reply");
        problem.Kind.Should().Be(MailProblemKind.ServerUnavailable);
        problem.IsTransient.Should().BeTrue();
    }

    [TestCase("*** Server did not advertise AUTH")]
    [TestCase("The host doesn't advertise authentication, so the login was skipped")]
    public void A_server_that_advertises_no_login_has_no_mechanism_to_offer(string text)
        => ClassifySmtp(MailOperationStage.Authentication, text).Kind.Should().Be(MailProblemKind.AuthMechanismUnsupported);

    [Test]
    public void Harakas_refusal_of_a_domain_it_does_not_serve_is_a_relay_refusal()
        => ClassifySmtp(MailOperationStage.Recipient, "550 I cannot deliver mail for <team@example.net>").Kind.Should().Be(MailProblemKind.RelayDenied, "Haraka answers so when no plugin accepts the recipient: not a local domain and no relaying for this client");

    [TestCase("MessagingException: connection failure", MailProblemKind.ConnectionRefused)]
    [TestCase("Mail relay connection is refused by mx.example.org", MailProblemKind.ConnectionRefused)]
    [TestCase("Connection attempt 2 - Unable to connect after 30 seconds.", MailProblemKind.Timeout)]
    [TestCase("Could not connect to smtp.example.org:587 within 10 s", MailProblemKind.Timeout)]
    public void A_connection_not_made_is_refused_or_timed_out_as_its_words_say(string text, MailProblemKind expected)
        => ClassifySmtp(MailOperationStage.Connect, text).Kind.Should().Be(expected, "a refusal in other word order is still a refusal; a connect that gave up after a time ran out of time");

    [TestCase("Error: No recipients defined")]
    [TestCase("Mailer error: you must provide at least one recipient email address.")]
    [TestCase("SendFailedException: No recipient addresses")]
    [TestCase("InvalidOperationException: A recipient must be specified.")]
    public void A_message_the_program_gave_no_recipients_is_its_own_failure(string text)
        => ClassifySmtp(MailOperationStage.Recipient, text).Kind.Should().Be(MailProblemKind.Unknown, "no server refused an address: the program sent nothing to refuse");

    [TestCase("TypeError: Cannot read properties of undefined (reading 'type')\n    at Parser._resTagged (/app/node_modules/imap/lib/Parser.js:200:10)", MailProblemKind.ProtocolError)]
    [TestCase("NoMethodError: undefined method `upcase' for nil:NilClass\n/usr/lib/ruby/gems/3.1.0/gems/net-imap-0.2.3/lib/net/imap/response_parser.rb:410:in `parse_response'", MailProblemKind.ProtocolError)]
    [TestCase("TypeError: Cannot read properties of undefined (reading 'subject')\n    at sendReport (/app/src/notify/imap-report.js:12:5)", MailProblemKind.Unknown)]
    public void A_program_that_failed_inside_the_protocols_reply_parser_could_not_read_the_reply(string text, MailProblemKind expected)
        => Classify(MailProtocol.Imap, MailOperationStage.Mailbox, text).Kind.Should().Be(expected, "a client that fails while parsing the server's reply met a reply it cannot read; elsewhere its fault says nothing of the server");

    [TestCase("ImapProtocolException: The IMAP server unexpectedly refused the connection.")]
    [TestCase("imap.example.org:993: IMAP server unexpectedly refused the connection (BYE)")]
    public void A_server_that_greets_with_goodbye_is_unavailable_not_unreachable(string text)
    {
        var problem = Classify(MailProtocol.Imap, MailOperationStage.Greeting, text);

        problem.Kind.Should().Be(MailProblemKind.ServerUnavailable, "MailKit says so of a BYE greeting: the connection was made and the server ended the session");
        problem.IsTransient.Should().BeTrue();
    }

    [TestCase("imaplib.error: server not IMAP4 compliant")]
    [TestCase("Connect failed: response not POP3 compliant")]
    public void A_server_that_does_not_speak_the_protocol_is_a_protocol_error(string text)
        => Classify(MailProtocol.Imap, MailOperationStage.Greeting, text).Kind.Should().Be(MailProblemKind.ProtocolError);

    [TestCase("Cannot log in: no access token was stored for this mailbox")]
    [TestCase("Sign-in stopped: access token not provided")]
    public void An_oauth_login_without_a_token_asks_for_a_sign_in(string text)
        => ClassifySmtp(MailOperationStage.Authentication, text).Kind.Should().Be(MailProblemKind.OAuthSignInRequired, "no password and no token was refused: there is no token yet, as when this library has no grant stored");

    [Test]
    public void Nodemailers_bare_no_access_token_is_a_token_the_endpoint_did_not_give()
        => ClassifySmtp(MailOperationStage.Authentication, "Error: No access token")
            .Kind.Should().Be(MailProblemKind.OAuthTokenInvalid, "nodemailer writes it when the token endpoint answered without a token: the refresh failed, no sign-in was asked for");

    [Test]
    public void A_mail_system_error_is_not_a_sender_refusal_because_the_client_named_the_command()
    {
        var problem = ClassifySmtp(MailOperationStage.Sender, "smtplib.SMTPSenderRefused: (451, b'4.3.0 Local error in processing', 'team@example.net')");

        problem.Kind.Should().Be(MailProblemKind.ServerUnavailable, "Python names the exception for the command; the server's words name its own error");
        problem.IsTransient.Should().BeTrue();
    }

    [TestCase("imaplib.IMAP4.error: got more than 100000 bytes")]
    [TestCase("Net::IMAP::ResponseTooLargeError: response exceeds the limit")]
    public void A_response_longer_than_the_client_reads_is_a_protocol_error(string text)
        => Classify(MailProtocol.Imap, MailOperationStage.Mailbox, text).Kind.Should().Be(MailProblemKind.ProtocolError, "the client's own line limit stopped it; no message was refused for its size");

    [Test]
    public void Data_refused_because_no_recipient_was_accepted_is_a_recipient_refusal()
        => ClassifySmtp(MailOperationStage.Data, "DATA failed: 554 5.5.1 Error: no valid recipients").Kind
            .Should().Be(MailProblemKind.RecipientRejected, "Postfix answers DATA so when it refused every RCPT TO before: the recipients are the cause, not the command's order");

    [Test]
    public void Javas_host_name_check_of_the_certificate_is_a_certificate_problem()
        => ClassifySmtp(MailOperationStage.Tls, "SSLException: Server identity does not match the host name smtp.example.org").Kind
            .Should().Be(MailProblemKind.CertificateInvalid, "Jakarta Mail's check of the certificate's names against the host refused it");

    [Test]
    public void A_client_with_no_sasl_mechanism_has_none_the_server_offers()
        => ClassifySmtp(MailOperationStage.Authentication, "Net::SMTP: no SASL mechanisms found for this server").Kind.Should().Be(MailProblemKind.AuthMechanismUnsupported);

    [Test]
    public void Authentication_needed_for_relaying_is_a_relay_refusal()
    {
        var problem = ClassifySmtp(MailOperationStage.Recipient, "554 Authentication is needed for relaying");

        problem.Kind.Should().Be(MailProblemKind.RelayDenied, "the server refuses to relay; signing in is its first hint");
        problem.AlsoPossible.Should().Contain(MailProblemKind.AuthenticationRequired);
    }

    [Test]
    public void Perls_call_on_an_undefined_value_is_the_programs_own_failure()
        => ClassifySmtp(MailOperationStage.Sender, "Can't call method \"mail\" on an undefined value at /opt/app/lib/Notify.pm line 88.").Kind.Should().Be(MailProblemKind.Unknown);

    [TestCase("SMTPSendFailedException: 450 <team@example.net>... Mailbox unavailable", true)]
    [TestCase("450 4.1.1 <team@example.net>: mailbox unavailable", false)]
    public void A_mailbox_unavailable_for_now_is_transient_unless_the_code_names_the_address(string text, bool transient)
        => ClassifySmtp(MailOperationStage.Recipient, text).IsTransient.Should().Be(transient, "RFC 5321's 450 says the mailbox is busy or blocked for now; RFC 3463's X.1.x says the address is wrong");

    [Test]
    public void A_number_after_a_host_and_comma_is_a_port_not_a_reply_code()
        => Classify(MailProtocol.Imap, MailOperationStage.Connect, "Connection failed to smtp.example.org,465: Connection refused").Kind
            .Should().Be(MailProblemKind.ConnectionRefused, "RFC 5321's reply codes have a second digit of 0 to 5: 465 and 587 are ports");

    [Test]
    public void A_bad_response_named_in_any_case_is_a_protocol_error()
        => Classify(MailProtocol.Imap, MailOperationStage.Mailbox, "The IMAP server replied to the 'STORE' command with a 'Bad' response: flags list malformed").Kind
            .Should().Be(MailProblemKind.ProtocolError);

    [TestCase(MailOperationStage.Capabilities, "EHLO 198.51.100.9 blocked.")]
    [TestCase(MailOperationStage.Capabilities, "Server said: disallowed EHLO greeting")]
    public void A_greeting_name_the_server_will_not_take_is_its_policy(MailOperationStage stage, string text)
        => ClassifySmtp(stage, text).Kind.Should().Be(MailProblemKind.PolicyRejected);

    [Test]
    public void A_server_not_accepting_connections_is_unavailable_for_now()
    {
        var problem = ClassifySmtp(MailOperationStage.Greeting, "mail.example.org is not accepting connections right now");

        problem.Kind.Should().Be(MailProblemKind.ServerUnavailable);
        problem.IsTransient.Should().BeTrue();
    }

    [Test]
    public void Starttls_called_mandatory_is_encryption_required()
        => ClassifySmtp(MailOperationStage.Sender, "530 STARTTLS is mandatory on this port").Kind.Should().Be(MailProblemKind.EncryptionRequired);

    [Test]
    public void Content_judged_inappropriate_is_a_verdict_on_the_message()
        => ClassifySmtp(MailOperationStage.Data, "550 Message refused: inappropriate content detected").Kind.Should().Be(MailProblemKind.SpamRejected);

    [Test]
    public void A_parser_that_met_an_unexpected_character_is_a_protocol_error()
        => Classify(MailProtocol.Imap, MailOperationStage.Mailbox, "IMAP parse failure: unexpected character ')' at position 12").Kind.Should().Be(MailProblemKind.ProtocolError);

    [Test]
    public void A_task_stopped_by_its_own_time_limit_ran_out_of_time()
        => Classify(MailProtocol.Pop3, MailOperationStage.Mailbox, "celery.exceptions.SoftTimeLimitExceeded").Kind.Should().Be(MailProblemKind.Timeout);

    [TestCase(MailProtocol.Smtp, "El servidor puede no estar disponible o está rechazando conexiones SMTP.", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Smtp, "Ha caducado la conexión al servidor smtp.example.es.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Imap, "Erro: expirou o tempo ao ligar ao servidor", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Imap, "Le serveur mail.example.fr ne répond pas.", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Imap, "Verbindungsaufbau abgelehnt", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Imap, "Verbinden met server mail.example.nl mislukt", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Imap, "Błąd połączenia z serwerem poczty", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Pop3, "サーバーに接続できません", MailProblemKind.ConnectionRefused)]
    public void Mail_clients_connection_failures_read_the_same_in_their_languages(MailProtocol protocol, string text, MailProblemKind expected)
        => Classify(protocol, MailOperationStage.Connect, text).Kind.Should().Be(expected);

    [TestCase(MailOperationStage.Greeting, "The server responded: Connection from 192.0.2.44 refused.")]
    [TestCase(MailOperationStage.Sender, "The server responded: Connection refused due to abuse, contact your provider")]
    public void A_server_that_refuses_the_clients_address_in_its_own_words_applies_a_policy(MailOperationStage stage, string text)
        => ClassifySmtp(stage, text).Kind.Should().Be(MailProblemKind.PolicyRejected, "the server answered, so something listens; it refuses this client");

    [TestCase(MailProtocol.Pop3, "b'* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Mail server ready'")]
    [TestCase(MailProtocol.Smtp, "The server responded: HTTP/1.1 404 Not Found")]
    [TestCase(MailProtocol.Imap, "server said: +OK POP3 ready <1896.697170952@example.org>")]
    public void Another_protocols_server_at_the_port_is_a_protocol_error(MailProtocol protocol, string text)
        => Classify(protocol, MailOperationStage.Greeting, text).Kind.Should().Be(MailProblemKind.ProtocolError, "the port belongs to another protocol");

    [Test]
    public void A_failed_sender_verification_is_the_senders_whatever_its_explanation_says()
        => ClassifySmtp(MailOperationStage.Recipient, "550 Verification failed for <a@example.org> Mailbox is full / quota exceeded. Sender verify failed").Kind
            .Should().Be(MailProblemKind.SenderRejected);

    [Test]
    public void Microsofts_quota_exception_at_submission_is_a_full_mailbox_not_a_sending_limit()
        => ClassifySmtp(MailOperationStage.Data, "STOREDRV.Submission.Exception:QuotaExceededException; Failed to process message due to a permanent exception").Kind
            .Should().Be(MailProblemKind.MailboxFull, "only SubmissionQuotaExceededException is the sending limit");

    [Test]
    public void A_refusal_only_the_client_calls_the_senders_names_no_cause()
    {
        var problem = ClassifySmtp(MailOperationStage.Sender, "An error occurred while sending mail. The mail server responded: Not accepted. Please verify that your email address is correct in your account settings and try again.");

        problem.Kind.Should().Be(MailProblemKind.Unknown, "Thunderbird adds its advice about the address to every refusal at MAIL FROM");
        problem.AlsoPossible.Should().Contain(MailProblemKind.SenderRejected);
    }

    [Test]
    public void Thunderbirds_own_words_for_an_invalid_return_address_are_the_senders()
        => ClassifySmtp(MailOperationStage.Sender, "Sending failed: the return address was invalid. Please verify that your email address is correct in your account settings.").Kind
            .Should().Be(MailProblemKind.SenderRejected, "Thunderbird names the sender here itself, not only in its advice");

    [Test]
    public void A_server_that_blocks_the_ip_it_names_applies_a_policy()
        => ClassifySmtp(MailOperationStage.Sender, "The mail server responded: IP=203.0.113.8 - your address has been blocked").Kind.Should().Be(MailProblemKind.PolicyRejected);

    [TestCase(MailProtocol.Smtp, "Sending failed. Peer's certificate issuer is not recognized.")]
    [TestCase(MailProtocol.Imap, "The name you asked for does not match the server’s certificate.")]
    [TestCase(MailProtocol.Imap, "Het certificaat van mail.example.nl is verlopen.")]
    [TestCase(MailProtocol.Imap, "Il certificato del server mail.example.it non è attendibile")]
    [TestCase(MailProtocol.Smtp, "El certificado de smtp.example.es no es válido para este servidor")]
    [TestCase(MailProtocol.Pop3, "Certyfikat serwera pop.example.pl jest niezaufany")]
    [TestCase(MailProtocol.Imap, "サーバーの証明書は信頼されていません")]
    public void A_certificate_judged_invalid_or_untrusted_in_a_mail_clients_dialog_is_the_certificates(MailProtocol protocol, string text)
        => Classify(protocol, MailOperationStage.Tls, text).Kind.Should().Be(MailProblemKind.CertificateInvalid);

    [TestCase("Dec  1 10:00:00 mx dovecot: pop3-login: Aborted login (tried to use disabled plaintext auth): method=LOGIN")]
    [TestCase("Serwer wymaga szyfrowania połączenia.")]
    [TestCase("Für diese Verbindung ist Verschlüsselung erforderlich")]
    public void A_login_refused_until_the_connection_is_encrypted_asks_for_encryption(string text)
        => Classify(MailProtocol.Imap, MailOperationStage.Authentication, text).Kind.Should().Be(MailProblemKind.EncryptionRequired);

    [Test]
    public void A_relay_refused_for_want_of_authentication_is_a_relay_refusal()
    {
        var problem = ClassifySmtp(MailOperationStage.Recipient, "550 Relaying mail to example.org without authentication is not possible");

        problem.Kind.Should().Be(MailProblemKind.RelayDenied);
        problem.AlsoPossible.Should().Contain(MailProblemKind.AuthenticationRequired);
    }

    [Test]
    public void A_quota_for_which_the_recipient_is_refused_is_the_recipients_mailbox()
        => ClassifySmtp(MailOperationStage.Recipient, "550 5.7.1 <b@example.org>: Recipient address rejected: user quota exceeded").Kind
            .Should().Be(MailProblemKind.MailboxFull);

    [TestCase("550 5.7.1 You sent 120 messages from this address within the last hour")]
    [TestCase("451 4.7.1 Your account exceeded its allowed deliveries per day")]
    [TestCase("550 W ciągu ostatniej godziny wysłano z tego konta zbyt dużo wiadomości")]
    [TestCase("550 Hai inviato troppi messaggi nell'ultima ora")]
    public void A_count_of_messages_over_a_period_is_a_sending_limit(string text)
    {
        var problem = ClassifySmtp(MailOperationStage.Sender, text);

        problem.Kind.Should().Be(MailProblemKind.RateLimited);
        problem.IsTransient.Should().BeTrue("the same message goes through once the period has passed");
    }

    [TestCase(MailOperationStage.Authentication, "451 Authentication failed: invalid user name or password")]
    [TestCase(MailOperationStage.Data, "451 Auth Fail. Check your account settings")]
    [TestCase(MailOperationStage.Other, "Server closed the connection: 5.7.0 authentication rejected")]
    public void A_login_refused_in_words_is_refused_whatever_4xx_code_or_closing_surrounds_it(MailOperationStage stage, string text)
    {
        var problem = ClassifySmtp(stage, text);

        problem.Kind.Should().Be(MailProblemKind.AuthenticationFailed);
        problem.IsTransient.Should().BeFalse("the same password is refused again");
    }

    [TestCase("454 4.7.0 Temporary authentication failure")]
    [TestCase("451 4.3.0 Authentication failed, please try again later")]
    public void A_login_that_failed_for_now_is_the_servers_trouble(string text)
        => ClassifySmtp(MailOperationStage.Authentication, text).Kind.Should().Be(MailProblemKind.ServerUnavailable, "RFC 4954's 454, or words that say the failure passes");

    [Test]
    public void A_plans_credits_used_up_are_a_sending_limit()
    {
        var problem = ClassifySmtp(MailOperationStage.Sender, "451 4.7.1 Sending credits exceeded, upgrade your plan");

        problem.Kind.Should().Be(MailProblemKind.RateLimited);
        problem.IsTransient.Should().BeTrue();
    }

    [Test]
    public void MailSos_exception_for_a_login_method_the_server_lacks_is_the_mechanism()
        => ClassifySmtp(MailOperationStage.Authentication, @"MailSo\Smtp\Exceptions\LoginBadMethodException in SmtpClient.php").Kind
            .Should().Be(MailProblemKind.AuthMechanismUnsupported);

    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox, "Error: expecting either ' ' or ']' at position 12")]
    [TestCase(MailProtocol.Smtp, MailOperationStage.Other, "curl: (8) Weird server reply")]
    public void A_reply_the_clients_parser_could_not_read_is_a_protocol_error(MailProtocol protocol, MailOperationStage stage, string text)
        => Classify(protocol, stage, text).Kind.Should().Be(MailProblemKind.ProtocolError);

    [Test]
    public void An_account_not_yet_activated_is_disabled()
        => ClassifySmtp(MailOperationStage.Sender, "550 Please activate your account before sending").Kind.Should().Be(MailProblemKind.AccountDisabled);

    [Test]
    public void A_recipient_on_the_senders_suppression_list_is_refused()
        => ClassifySmtp(MailOperationStage.Recipient, "550 5.7.1 Address is on the suppression list").Kind.Should().Be(MailProblemKind.RecipientRejected);

    [TestCase(MailOperationStage.Connect, "Error: connect EINVAL 0.0.1.75:587 - Local (0.0.0.0:0)", MailProblemKind.ConnectionRefused)]
    [TestCase(MailOperationStage.Tls, "mbedtls_ssl_handshake returned -0x7200 (MBEDTLS_ERR_SSL_INVALID_RECORD)", MailProblemKind.WrongSecurityMode)]
    [TestCase(MailOperationStage.Connect, "OSError: -202", MailProblemKind.HostNotFound)] // lwIP's EAI_FAIL from MicroPython's getaddrinfo
    [TestCase(MailOperationStage.Data, "Timeout: the server did not acknowledge the message after the data was sent", MailProblemKind.DeliveryUnknown)]
    [TestCase(MailOperationStage.Other, "error: Process smtpmail not running", MailProblemKind.ConnectionBroken)] // Emacs's network process
    public void Transport_failures_in_the_words_of_embedded_and_scripting_runtimes_are_read(MailOperationStage stage, string text, MailProblemKind kind)
        => ClassifySmtp(stage, text).Kind.Should().Be(kind);

    [Test]
    public void A_host_blocked_for_too_many_failed_logins_is_limited_for_a_while()
    {
        var problem = ClassifySmtp(MailOperationStage.Authentication, "Blocking 198.51.100.7 - too much AUTH errors (5)");

        problem.Kind.Should().Be(MailProblemKind.RateLimited);
        problem.IsTransient.Should().BeTrue();
    }

    [TestCase("554 Sending to external domains (relaying) is not allowed")]
    [TestCase("relay attempt blocked for someone@example.org")]
    public void A_relay_refused_in_other_words_is_a_relay_refusal(string text)
        => ClassifySmtp(MailOperationStage.Recipient, text).Kind.Should().Be(MailProblemKind.RelayDenied);

    [Test]
    public void A_client_that_should_authenticate_is_asked_to_log_in()
        => ClassifySmtp(MailOperationStage.Other, "statusText=sendEmail Error, status:575 the client should authenticate").Kind
            .Should().Be(MailProblemKind.AuthenticationRequired);

    [Test]
    public void SpamAssassins_score_over_its_threshold_is_a_spam_verdict()
        => ClassifySmtp(MailOperationStage.Data, "550 Rejected: hits=9.1 required=5.0").Kind.Should().Be(MailProblemKind.SpamRejected);

    [TestCase("450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 Security status InvalidToken] [LastAttemptedServerName=mail.example.org]", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("450 4.4.317 Cannot connect to remote server [Message=451 4.4.0 TLS negotiation failed with error UnknownCredentials]", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("450 4.4.317 Cannot connect to remote server [Message=CertificateRevoked Presented Subject: CN=mail.example.org.]", MailProblemKind.CertificateInvalid)]
    [TestCase("{LED=451 4.4.395 Target host responded with error. -> 421 4.4.2 Connection dropped due to SocketError}", MailProblemKind.ConnectionBroken)]
    [TestCase("450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]", MailProblemKind.EncryptionRequired)]
    public void What_the_next_server_met_decides_inside_Exchanges_relay_summary(string text, MailProblemKind kind)
        => ClassifySmtp(MailOperationStage.Other, text).Kind.Should().Be(kind, "the summary's own code says only that the relay failed");

    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "* BYE Auth process broken", MailProblemKind.ServerUnavailable)] // Dovecot's own login service
    [TestCase(MailProtocol.Smtp, MailOperationStage.Tls, "HandshakeFailed (Error_Packet_Parsing \"Failed reading: invalid header type: 50\")", MailProblemKind.WrongSecurityMode)] // Haskell's tls took a plain reply's "2" (50) for a record type
    [TestCase(MailProtocol.Imap, MailOperationStage.Other, "error: The TLS connection was non-properly terminated.", MailProblemKind.ConnectionBroken)] // GnuTLS's premature termination
    public void What_servers_and_TLS_libraries_say_of_their_own_failures_is_read(MailProtocol protocol, MailOperationStage stage, string text, MailProblemKind kind)
        => Classify(protocol, stage, text).Kind.Should().Be(kind);

    [Test]
    public void A_sender_that_does_not_conform_with_the_login_is_refused_whatever_the_client_calls_the_exception()
    {
        var problem = ClassifySmtp(MailOperationStage.Sender, "440 mail from account doesn't conform with authentication (Net::SMTPServerBusy)");

        problem.Kind.Should().Be(MailProblemKind.SenderRejected);
        problem.IsTransient.Should().BeFalse();
    }

    [TestCase("503 sender not yet given")]
    [TestCase("503 need MAIL command")]
    [TestCase("501 5.5.4 Bad ORCPT parameter")]
    [TestCase("501 Bad ORCPT parameter")]
    public void A_command_out_of_order_or_a_refused_parameter_is_a_protocol_error(string text)
        => ClassifySmtp(MailOperationStage.Recipient, text).Kind.Should().Be(MailProblemKind.ProtocolError);

    [TestCase("cannot connect to imap server | IO error: received fatal alert: HandshakeFailure", MailProblemKind.TlsHandshakeFailed)]
    [TestCase("cannot connect to imap server | IO error: received fatal alert: BadCertificate", MailProblemKind.CertificateInvalid)]
    public void A_TLS_alert_under_a_failed_connection_says_what_failed(string text, MailProblemKind kind)
        => Classify(MailProtocol.Imap, MailOperationStage.Connect, text).Kind.Should().Be(kind);

    [TestCase("* BYE System Error", MailProblemKind.ServerUnavailable)]
    [TestCase("imaplib.IMAP4.abort: System Error", MailProblemKind.ServerUnavailable)]
    [TestCase("socket error: EOF | imaplib.IMAP4.abort: System Error", MailProblemKind.ConnectionBroken)] // the socket failed first
    public void A_server_that_says_BYE_for_a_system_error_is_unavailable_for_now(string text, MailProblemKind kind)
    {
        var problem = Classify(MailProtocol.Imap, MailOperationStage.Mailbox, text);

        problem.Kind.Should().Be(kind);
        problem.IsTransient.Should().BeTrue();
    }

    [Test]
    public void A_host_lookup_that_did_not_complete_is_a_name_not_found_for_now()
    {
        var problem = ClassifySmtp(MailOperationStage.Connect, "R=dnslookup defer (-1): host lookup did not complete");

        problem.Kind.Should().Be(MailProblemKind.HostNotFound);
        problem.IsTransient.Should().BeTrue();
    }

    [TestCase("SocketException (10013): An attempt was made to access a socket in a way forbidden by its access permissions")]
    [TestCase("Connections to port 25 are prohibited")]
    [TestCase("Outbound mail (SMTP port 25) appears to be blocked by your network.")]
    [TestCase("smtp connection failed: permission denied")]
    public void A_connection_the_local_system_or_its_network_forbids_is_refused(string text)
        => ClassifySmtp(MailOperationStage.Connect, text).Kind.Should().Be(MailProblemKind.ConnectionRefused);

    [Test]
    public void A_TLS_connect_that_timed_out_is_a_timeout()
        => ClassifySmtp(MailOperationStage.Tls, "SSL_connect error to smtp.example.net[192.0.2.1]:587: Operation timed out\nCannot start TLS: handshake failure")
            .Kind.Should().Be(MailProblemKind.Timeout, "the handshake failed because the time ran out");

    [Test]
    public void A_swaks_transcript_that_timed_out_after_the_final_dot_leaves_the_delivery_unknown()
        => ClassifySmtp(MailOperationStage.Data, " -> .\n<** Timeout (30 secs) waiting for server response").Kind
            .Should().Be(MailProblemKind.DeliveryUnknown);

    [Test]
    public void Apple_Mails_failed_read_is_a_broken_connection()
        => Classify(MailProtocol.Imap, MailOperationStage.Other, "The attempt to read data from the server “imap.example.com” failed.").Kind
            .Should().Be(MailProblemKind.ConnectionBroken);

    [Test]
    public void A_sender_throttled_for_its_errors_is_limited_for_a_while()
    {
        var problem = ClassifySmtp(MailOperationStage.Other, "550 5.2.251 Account throttled because of repeated mailbox full errors");

        problem.Kind.Should().Be(MailProblemKind.RateLimited, "the throttle refuses, not the full mailboxes behind it");
        problem.IsTransient.Should().BeTrue();
    }

    [TestCase(MailOperationStage.Other, "| 451 | Server error | An unexpected error occurred |", MailProblemKind.ServerUnavailable)]
    [TestCase(MailOperationStage.Recipient, "| 331 | Receiver invalid. |", MailProblemKind.RecipientRejected)] // a vendor's own number, not a reply
    public void A_reply_in_a_providers_table_is_read_by_its_code(MailOperationStage stage, string text, MailProblemKind kind)
        => ClassifySmtp(stage, text).Kind.Should().Be(kind);

    [TestCase(MailOperationStage.Data, "550 Your message was rejected by the AntiSpam gateway", MailProblemKind.SpamRejected)]
    [TestCase(MailOperationStage.Connect, "554 5.7.1 Your IP address is blocked by our antispam at IP level", MailProblemKind.PolicyRejected)] // the host's standing, not the message
    public void A_message_stopped_by_an_anti_spam_system_is_a_spam_verdict(MailOperationStage stage, string text, MailProblemKind kind)
        => ClassifySmtp(stage, text).Kind.Should().Be(kind);

    [Test]
    public void An_IMAP_server_that_answers_NO_for_a_system_error_is_unavailable_for_now()
    {
        var problem = Classify(MailProtocol.Imap, MailOperationStage.Mailbox, "A12 NO System error (Failure)");

        problem.Kind.Should().Be(MailProblemKind.ServerUnavailable);
        problem.IsTransient.Should().BeTrue();
    }

    [Test]
    public void A_message_that_stayed_in_the_queue_too_long_timed_out()
        => ClassifySmtp(MailOperationStage.Other, "I'm not going to try again; this message has been in the queue too long.").Kind
            .Should().Be(MailProblemKind.Timeout);

    [TestCase(MailProtocol.Smtp, MailOperationStage.Greeting, "No welcome message from 192.0.2.5", MailProblemKind.Timeout)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Unknown IMAP host: imap.example.org", MailProblemKind.HostNotFound)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Connect, "Connection to the mail server could not be established.", MailProblemKind.ConnectionRefused)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "No such login method", MailProblemKind.AuthMechanismUnsupported)]
    [TestCase(MailProtocol.Imap, MailOperationStage.Authentication, "MailKit.Security.SaslException: NTLM authentication error: Unsupported authentication package was requested.", MailProblemKind.AuthMechanismUnsupported)]
    public void Programs_own_words_for_a_missing_greeting_an_unknown_host_no_connection_and_no_usable_login_are_read(MailProtocol protocol, MailOperationStage stage, string text, MailProblemKind kind)
        => Classify(protocol, stage, text).Kind.Should().Be(kind);

    [Test]
    public void Inside_Exchange_Onlines_failed_proxy_session_the_next_servers_reply_decides()
    {
        var problem = ClassifySmtp(MailOperationStage.Recipient, "550 5.7.0 Proxy session setup failed on Frontend with '451 4.4.0 Message failed to be made redundant due to A shadow copy was required'");

        problem.Kind.Should().Be(MailProblemKind.ServerUnavailable, "the summary's own 5.7.0 says only that the proxy failed");
        problem.IsTransient.Should().BeTrue();
    }

    [TestCase(MailProtocol.Imap, MailOperationStage.Mailbox,
        "&#39;The IMAP server replied to the &#39;APPEND&#39; command with a &#39;BAD&#39; response: command line limit exceeded&#39;",
        "'The IMAP server replied to the 'APPEND' command with a 'BAD' response: command line limit exceeded'")] // a web page's entities
    [TestCase(MailProtocol.Smtp, MailOperationStage.Data,
        "{\"exception\":\"Expected response code 354 but got code \\\"250\\\", with message \\\"250 Accepted\\\"\"}",
        "{\"exception\":\"Expected response code 354 but got code \"250\", with message \"250 Accepted\"\"}")] // a JSON log's escaped quotes
    [TestCase(MailProtocol.Smtp, MailOperationStage.Recipient,
        "550 5.7.0 Proxy session setup failed on Frontend with \\'451 4.4.0 Message failed to be made redundant\\'",
        "550 5.7.0 Proxy session setup failed on Frontend with '451 4.4.0 Message failed to be made redundant'")] // a string literal's
    public void A_reply_quoted_with_a_web_pages_or_a_string_literals_escapes_reads_as_the_reply(MailProtocol protocol, MailOperationStage stage, string escaped, string bare)
    {
        var expected = Classify(protocol, stage, bare);

        expected.Kind.Should().NotBe(MailProblemKind.Unknown, "the bare reply names what happened");
        var problem = Classify(protocol, stage, escaped);
        (problem.Kind, problem.IsTransient).Should().Be((expected.Kind, expected.IsTransient));
    }

    [TestCase(MailOperationStage.Greeting, "postfix/smtp[932]: SMTPS wrappermode (TCP port 465) requires setting \"smtp_tls_wrappermode = yes\", and \"smtp_tls_security_level = encrypt\" (or stronger)", MailProblemKind.WrongSecurityMode)]
    [TestCase(MailOperationStage.Other, "0x8022 | 32802 | Error while receiving data", MailProblemKind.ConnectionBroken)]
    [TestCase(MailOperationStage.Other, "20 TCP Write Error", MailProblemKind.ConnectionBroken)]
    [TestCase(MailOperationStage.Tls, "0x80A7 | 32935 | Unable to verify server", MailProblemKind.CertificateInvalid)]
    [TestCase(MailOperationStage.Connect, "No TCP/IP connection could be established to the SMTP server.", MailProblemKind.ConnectionRefused)]
    [TestCase(MailOperationStage.Connect, "sSMTP[24028]: Unable to locate mailhub", MailProblemKind.HostNotFound)]
    [TestCase(MailOperationStage.Connect, "sendmail: Cannot open mailhub:25", MailProblemKind.ConnectionRefused)]
    [TestCase(MailOperationStage.Other, "EMS_BADRESP | 75 | Bad SMTP response", MailProblemKind.ProtocolError)]
    [TestCase(MailOperationStage.Authentication, "[Error: bad response on command 'AUTH'] code: 2", MailProblemKind.AuthenticationFailed)] // a refused login, not a garbled reply
    public void Devices_and_small_senders_words_for_a_port_mode_a_broken_read_an_unverified_server_and_a_missing_host_are_read(MailOperationStage stage, string text, MailProblemKind kind)
        => ClassifySmtp(stage, text).Kind.Should().Be(kind);

    [TestCase(MailOperationStage.Recipient, "Can't send mail - all recipients were rejected: 553 5.7.0 Unauthorized use of sender address")]
    [TestCase(MailOperationStage.Data, "SMTP error from remote mail server after end of data:\n550-Unauthorised Envelope Sender.\n550 Please contact your administrator.")]
    public void A_sender_the_server_does_not_authorise_is_the_senders_refusal(MailOperationStage stage, string text)
        => ClassifySmtp(stage, text).Kind.Should().Be(MailProblemKind.SenderRejected);

    [TestCase(MailOperationStage.Data, "Le serveur a répondu : 5.2.0 Taille limite du message atteinte. Maximum size of the message reached.", MailProblemKind.MessageTooLarge)]
    [TestCase(MailOperationStage.Other, "Domain example.com has an outgoing mail suspension. Message discarded.", MailProblemKind.AccountDisabled)]
    [TestCase(MailOperationStage.Connect, "554 Your IP is generating excessive authentication failures.", MailProblemKind.RateLimited)]
    [TestCase(MailOperationStage.Connect, "554 Your IP address is flooding our SMTP server with abusive requests", MailProblemKind.RateLimited)]
    public void A_size_reached_a_sending_suspension_and_a_host_blocked_for_its_failures_or_its_flood_are_read(MailOperationStage stage, string text, MailProblemKind kind)
        => ClassifySmtp(stage, text).Kind.Should().Be(kind);

    /// <summary>Classifies an SMTP failure at <paramref name="stage"/> whose reply (or error text) is <paramref name="text"/>, in English.</summary>
    private static MailProblem ClassifySmtp(MailOperationStage stage, string text) => Classify(MailProtocol.Smtp, stage, text);

    /// <summary>Classifies a <paramref name="protocol"/> failure at <paramref name="stage"/> whose reply (or error text) is <paramref name="text"/>, in English.</summary>
    private static MailProblem Classify(MailProtocol protocol, MailOperationStage stage, string text)
        => MailProblemClassifier.Classify(new MailFailure(protocol, stage) { ReplyText = text }, English);
}
