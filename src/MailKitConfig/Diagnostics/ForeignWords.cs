namespace MailKitConfig;

/// <summary>
/// The words mail programs' dialogs and servers' glosses use in languages other than English, one pattern per
/// meaning, from which the rules build their families ("a connection named with a failure", "a size named as
/// exceeded") instead of one phrase per program. Languages: German, French, Spanish, Italian, Portuguese, Russian,
/// Ukrainian, Polish, Dutch, Czech, Turkish, Chinese, Japanese, Korean; then, on lines of their own, Danish, Norwegian,
/// Swedish, Finnish and Vietnamese, then Hungarian, Romanian, Bulgarian, Serbian (both scripts) and Indonesian, and
/// in the classes the connection, certificate, password, size and settings families use, last Catalan, Greek,
/// Croatian, Slovenian, Estonian, Latvian, Lithuanian, Hebrew, Arabic, Persian and Hindi; "timed out" in all these and
/// Slovak, Galician, Basque, Icelandic and Thai. Patterns are matched case-insensitively.
/// </summary>
internal static class ForeignWords
{
    /// <summary>"Certificate".</summary>
    public const string Certificate =
        @"(?:Zertifikat|certificat(?!e)|certificad|certificaat|certyfikat|certifikát|сертификат|сертифікат|уверењ|uverenj|sertifika|πιστοποιητικ|证书|證書|憑證|証明書|인증서"
        + @"|certifikat|varmen|chứng chỉ"
        + @"|tanúsítvány"
        + @"|sertifikaat|sertifikāt|ziurtagir|תעודת|תעודה|شهادة|گواهی|سرتیفیکیت|सर्टिफिकेट"
        + @"|प्रमाणपत्र)";

    /// <summary>"Connection".</summary>
    public const string Connection =
        @"(?:Verbindung|connexion|conexi[óo]n|connessione|conex[ãa]o|ligação|соединени|подключени|połączeni|verbinding"
        + @"|připojení|spojení|bağlantı|з['’]єднанн|зв['’]яз|підключенн|连接|連接|連線|聯結|联结|接続|연결"
        + @"|forbindelse|tilkobling|anslutning|yhtey|kết nối"
        + @"|kapcsolat|conexiun|връзка|връзкат|свързван|веза|везу|вези|\bvez[aeu]\b|povezivanj|повезивањ|koneksi|sambungan"
        + @"|connexió|povezav|ühendus|savienojum|ryšy|ryšio|jungt|חיבור|اتصال|कनेक्शन)";

    /// <summary>Encrypted or encryption.</summary>
    public const string Encrypted =
        @"(?:verschlüssel|chiffr|cifrad|crittograf|criptograf|encriptad|шифрован|szyfrowan|versleutel|šifrovan|şifreli"
        + @"|加密|暗号化|암호화"
        + @"|titkosít|criptat|criptare|криптиран|енкрипт|enkript|terenkripsi|enkripsi)";

    /// <summary>
    /// "Secure", "encrypted", "SSL" or "TLS": a secure connection's failure is the TLS step's, not the connection's.
    /// </summary>
    public const string Secure =
        @"(?:sicher|sécuris|segur|sicur|защищ|захищ|bezpieczn|beveilig|zabezpeč|güvenli|SSL|TLS|安全|セキュア|보안|"
        + @"sikker|säker|suojat|bảo mật|" + Encrypted + ")";

    /// <summary>
    /// Up to 40 characters of one phrase (a host name and port included) that name no secure connection, between a
    /// connection and what happened to it.
    /// </summary>
    public const string NotSecureGap = "(?:" + NotSecure + @"(?:[^\n.。!?:]|[.:](?=\S))){0,40}";

    /// <summary>One character of a clause (no sentence or clause break) that does not begin a word of security.</summary>
    public const string NotSecureClauseChar = "(?:" + NotSecure + @"[^\n.。!?:;,])";

    /// <summary>Here no word of security begins.</summary>
    private const string NotSecure = "(?!" + Secure + ")";

    /// <summary>
    /// Closed, lost, interrupted, broken or reset, said of a connection (participles, past tenses and nouns).
    /// </summary>
    public const string Closed =
        @"(?:interrompu|interruption|perdu|perte|coupé|coupure|fermé|réinitialisé|unterbrochen|getrennt|abgebrochen"
        + @"|verloren|zurückgesetzt|geschlossen|beendet|Abbruch|perdid|perdió|pérdida|interrump|cerrad|cerró|cortad"
        + @"|interrott"
        + @"|persa|chius|reimpostat|interrompid|encerrad|fechad|finalizad|redefinid|quebrad|разорван|прерван|потерян"
        + @"|сброшен|закрыт|закрыл|оборван|разрыв|потеря|закрит|розірван|втрачен|перерван|przerwan|zerwan|utracon"
        + @"|zamknięt|rozłączon|přerušen|ztracen|ukončen"
        + @"|uzavřen|odpojen|verbroken|onderbroken|gesloten|beëindigd|kesildi|koptu|kapatıldı|kapattı|断开|斷開|中断"
        + @"|中斷|关闭|關閉|重置|重設|切断|切れ|終了|リセット|クローズ|끊어|끊김|끊겼|종료|재설정"
        + @"|afbrudt|avbrutt|avbrut|avbröts|brutt|lukket|stängd|mistet|förlorad|katkesi|katkaist|suljettiin|bị ngắt"
        + @"|bị đóng|mất"
        + @"|megszakadt|megszakít|lezárult|lezárva|bezárva|elveszett|întrerupt|intrerupt|închis|inchis|pierdut|resetat"
        + @"|прекъсна|затворен|затвори|загуб|нулиран|прекинут|prekinut|zatvoren|изгубљен|izgubljen|terputus|ditutup"
        + @"|diputus|hilang"
        + @"|tancad|perdud|interrompud|διακόπηκε|διεκόπη|χάθηκε|έκλεισε|prekinjen|katkes|pārtraukt|zaudēt|nutrūk"
        + @"|nutraukt|נותק|נסגר|انقطع|बंद हो|टूट)";

    /// <summary>"Disconnected", said without a connection noun ("Déconnecté du serveur pendant la connexion").</summary>
    public const string Disconnected =
        @"(?:déconnecté|desconectad|disconness|rozłączon|odpojen|vom Server getrennt|断开连接|斷開連線|接続が切断|연결이 끊"
        + @"|deconectat|terputus dari|lecsatlakoz)";

    /// <summary>"Mailbox" (a user's store of mail, whose size is a quota, not a message's).</summary>
    public const string Mailbox =
        @"(?:Postfach|boîte aux lettres|boîte de réception|buzón|casella|caixa (?:postal|de correio|de entrada)|ящик"
        + @"|skrzynk|schránk|postvak|postbus|posta kutusu|邮箱|郵箱|信箱|メールボックス|메일함|사서함|편지함"
        + @"|postkasse|brevlåd|postlåd|postilaatik|hộp thư"
        + @"|postafiók|levelesláda|cutia poștală|cutia postala|căsuța poștală|casuta postala|пощенска кутия"
        + @"|пощенската кутия|поштанско сандуче|poštansko sanduče|kotak surat|kotak masuk)";

    /// <summary>"Size" (of a message).</summary>
    public const string Size =
        @"(?:Größe|taille|tamaño|dimensione|tamanho|rozmiar|velikost|grootte|boyut|размер|大小|尺寸|长度|サイズ|大きさ|크기"
        + @"|størrelse|storlek|kích thước|dung lượng"
        + @"|méret|dimensiune|mărime|величин|veličin|ukuran"
        + @"|mida|μέγεθος|suurus|izmēr|dydis|גודל|حجم|आकार)";

    /// <summary>Exceeds, is over or is larger than (a limit), or has reached or used up (a limit).</summary>
    public const string Exceeds =
        @"(?:übersteigt|überschreitet|überschritten|dépass|exc[eèé]d|superad?|supera|eccede|ultrapass|przekracza|przekroczon"
        + @"|překroč|overschrijdt|overschreden|aşıyor|aştı|aşıldı|aşmaktadır|превыша|превышен|超过|超過|超出|超え|초과|보다 큽"
        + @"|erreicht|erschöpft|atteint|épuisé|alcanzad|agotad|raggiunt|esaurit|atingid|atingiu|esgotad|достигнут|исчерпан"
        + @"|osiągnięt|wyczerpan|bereikt|uitgeput|dosažen|vyčerpán|ulaşıldı|tükendi|达到|達到|用尽|用完|耗尽|に達し|使い果た|도달|소진"
        + @"|overskrid|overstig|överskrid|överstig|ylittä|ylitty|ylitet|vượt"
        + @"|túllép|meghalad|depășe|depăș|depasest|depasit|надвиш|надхвърл|премаш|premaš|prekorač|прекорач|melebihi"
        + @"|terlampaui|melampaui"
        + @"|υπερβαίνει|ξεπερνά|presega|ületab|pārsniedz|viršija|חורג|يتجاوز|تجاوز|بیش از|से अधिक)";

    /// <summary>A method or mechanism of authentication.</summary>
    public const string AuthenticationMethod =
        @"(?:Authentifizierungs(?:methode|verfahren|mechanism\w*)|Anmeldemechanism\w*|(?:méthode|mécanisme)s? d['’]authentification"
        + @"|(?:método|mecanismo)s? de autenti(?:fi)?caci[óo]n|(?:metod|meccanism)[oi] di autenticazione|(?:método"
        + @"|mecanismo)s? de autenticação"
        + @"|(?:метод|механизм)\w* (?:аутентификации|проверки подлинности)|metod\w* uwierzytelni\w*|authenticatie-?methode"
        + @"|metod\w* (?:ověř\w*|autentizace)|ověřovací (?:metod|mechani[sz]m)\w*|kimlik doğrulama yöntemi"
        + @"|(?:认证|验证|身份验证|認證|驗證)(?:方式|方法|机制|機制)|認証(?:方式|方法|メソッド|機構)|인증 (?:방식|방법|메커니즘))";

    /// <summary>None, not found, not supported or no match, said of something looked for.</summary>
    public const string NoneFound =
        @"(?:keine|aucune?|ningún|ningun[oa]|nessun|nenhum|brak|geen|žádn|yok|无法找到|" + NotFound + "|" + NotSupported + ")";

    /// <summary>Temporarily (out of service).</summary>
    public const string Temporarily =
        @"(?:vorübergehend|temporairement|momentanément|temporalmente|temporaneamente|temporariamente|временно|chwilowo"
        + @"|tymczasowo|tijdelijk|dočasně|momentálně|geçici olarak|暂时|暫時|一時的に|일시적으로|잠시"
        + @"|midlertidig|tillfälligt|tilapäisesti|väliaikaisesti|tạm thời"
        + @"|átmenetileg|ideiglenesen|temporar(?!y|il)|привремено|privremeno|sementara)";

    /// <summary>Temporary (said of an error or a problem).</summary>
    public const string Temporary =
        @"(?:vorübergehend|temporär|temporaire|temporal|temporane|temporári|временн|тимчасов|tymczasow|chwilow|tijdelijk|dočasn"
        + @"|geçici|临时|臨時|暂时|暫時|一時的な|일시적인|임시"
        + @"|midlertidig|tillfällig|tilapäi|väliaikai|tạm thời"
        + @"|ideiglenes|átmeneti|temporar(?!y|il)|привремен|privremen|sementara|temporer)";

    /// <summary>Unavailable or unusable (a server, or a command or method of it).</summary>
    public const string Unavailable =
        @"(?:nicht verfügbar|nicht erreichbar|indisponible|n['’]est pas disponible|non disponible|no (?:está |es )?disponible"
        + @"|non (?:è )?disponibile|inutilizzabil|indisponível|não (?:está )?disponível|недоступ|не доступ|niedostępn"
        + @"|nie jest dostępn|niet beschikbaar|onbeschikbaar"
        + @"|nedostupn|není k dispozici|kullanılamı|kullanılamaz|kullanılabilir değil|nem érhető el|不可用|无法使用|無法使用|利用できません|使用できません|사용할 수 없"
        + @"|ikke tilgængelig|utilgængelig|ikke tilgjengelig|utilgjengelig|inte tillgänglig|otillgänglig"
        + @"|ei (?:ole )?käytettävissä|ei (?:ole )?saatavilla|không khả dụng"
        + @"|nem elérhető|elérhetetlen|indisponibil|nu este disponibil|недостъп|не е достъп|не е наличен|nedostupan"
        + @"|није доступ|nije dostup|tidak tersedia|tidak dapat diakses)";

    /// <summary>Maintenance (of a system or server).</summary>
    public const string Maintenance =
        @"(?:Wartung|maintenance|mantenimiento|manutenzione|manutenção|обслуживани|konserwacj|onderhoud|údržb|bakım"
        + @"|维护|維護|メンテナンス|유지 ?관리|점검"
        + @"|karbantartás|mentenanță|întreținere|поддръжка|одржавањ|održavanj|pemeliharaan)";

    /// <summary>Does not match or correspond (a name and a certificate).</summary>
    public const string Mismatch =
        @"(?:entspricht nicht|stimmt nicht überein|passt nicht|ne correspond pas|no coincide|no corresponde|non corrisponde"
        + @"|não corresponde|não coincide|не совпадает|не соответствует|nie odpowiada|nie pasuje|niezgodn|komt niet overeen"
        + @"|neodpovídá|nesouhlasí|eşleşmiyor|δεν ταιριάζει|不匹配|不一致|一致しません|一致しない|일치하지 않"
        + @"|nem egyezik|nu se potrivește|nu corespunde|не съвпада|не поклапа|ne poklapa|tidak cocok|tidak sesuai)";

    /// <summary>A server or host (machine).</summary>
    public const string Host =
        @"(?:Host|hôte|serveur|servidor|server|сервер|хост|узел|serwer|makine|sunucu|ホスト|サーバ|主机|主機|服务器|伺服器|호스트|서버"
        + @"|vært|\bvert(?:en)?\b|värd(?:en)?\b|palveli|máy chủ"
        + @"|kiszolgáló|szerver|сървър"
        + @"|εξυπηρετητ|διακομιστ|poslužitelj|strežnik|שרת|خادم|الخادم|سرور|सर्वर"
        + @"|Rechner|máquina|ordinador|amfitri|ostalari|počítač|hostitel|gostitel|računal|domaćin|домаћин|вузл|вузол"
        + @"|gazd[aăe]|\bmasin|\bvél\b|\bgép|mazg[ao]|resursdator|equipo|bilgisayar|מארח|میزبان|المضيف)";

    /// <summary>To find (a host), as the verb after "could not".</summary>
    public const string FindVerb =
        @"(?:finden|trouver|encontrar|trovare|localizar|найти|знайти|znaleźć|vinden|najít|nalézt|bulun|見つけ|找到|찾을"
        + @"|finde|finne|hitta|löytä|tìm thấy|megtalál|găsi|намери|наћи|pronać|menemukan|trobar|atopa|εύρεση|aurkitu|rasti)";

    /// <summary>Not found (said of a thing looked up).</summary>
    public const string NotFound =
        @"(?:nicht gefunden|introuvable|non trouvé|no (?:se )?(?:ha )?encontr|no se (?:pudo|ha podido) encontrar"
        + @"|non (?:è stato )?trovat|não (?:foi )?encontrad|не найден|не удалось найти|nie (?:został )?znalezion"
        + @"|nie znaleziono|nie (?:można|udało się) znaleźć|niet gevonden|nenalezen|nebyl nalezen|bulunamadı"
        + @"|見つかりません|見つからな|找不到|未找到|찾을 수 없"
        + @"|ikke (?:fundet|funnet)|hittades inte|ei löyt|không tìm thấy"
        + @"|nem található|nem találhat|nu a fost găsit|nu a fost gasit|negăsit|не е намерен|не беше намерен"
        + @"|не е открит|није пронађен|nije pronađen|nije pronadjen|tidak ditemukan|не знайден|nebol nájden|nenájden|nije nađen"
        + @"|no s['’]ha trobat|no s['’]han trobat|δεν βρέθηκ\w*|ni bil[oa]? najden|ei leitud"
        + @"|nav atrast|nerast|לא נמצא|لم يتم العثور|غير موجود|پیدا نشد|नहीं मिल)";

    /// <summary>A quota (of storage).</summary>
    public const string Quota =
        @"(?:Kontingent|quota|quotum|cuota|\bcota|kota|квот|kvót|limit pojemności|配额|配額|限额|限額|割り当て|クォータ|할당량"
        + @"|kvot|kiintiö|hạn ngạch"
        + @"|cotă|kuota)";

    /// <summary>A password or the credentials.</summary>
    public const string Password =
        @"(?:Passwort|Kennwort|mot de passe|contraseña|credenciales|password|senha|palavra-passe|парол[ьяюе]|hasło|hasła"
        + @"|wachtwoord|(?:verificatie ?|inlog|aanmeld)gegevens|heslo|hesla|şifre|parola|密码|密碼|パスワード|비밀번호|암호"
        + @"|adgangskode|passord|lösenord|salasana|mật khẩu"
        + @"|jelszó|jelszav|парола|лозинк|lozink|kata sandi|kata laluan"
        + @"|contrasenya|κωδικ[όο]ς πρόσβασης|κωδικό πρόσβασης|\bgesl[oa]\b|parool|slaptažod|סיסמ|كلمة المرور"
        + @"|كلمة السر|رمز عبور|पासवर्ड)";

    /// <summary>A token (an OAuth access or refresh token).</summary>
    public const string Token = @"(?:\btoken|токен\w*|jeton|トークン|令牌|토큰)";

    /// <summary>Expired.</summary>
    public const string Expired =
        @"(?:abgelaufen|expiré|caducad|expirad|expirou|scadut|истек|истёк|wygasł|verlopen|vypršel|vypršela|süresi dol"
        + @"|просроч|过期|過期|到期|期限切れ|期限が切れ|만료"
        + @"|udløbet|utløpt|har gått ut|vanhentu|hết hạn"
        + @"|lejárt|expirat|изтек|изтече|истекао|истекла|istekao|istekla|kedaluwarsa|kadaluarsa|kedaluarsa)";

    /// <summary>A network.</summary>
    public const string Network =
        @"(?:Netzwerk|réseau|\bred\b|\brete\b|\brede\b|сеть|мереж|\bsieć|netwerk|\bsíť|ネットワーク|网络|網路|네트워크"
        + @"|netværk|nettverk|nätverk|verkko|hálózat|rețea|мрежа|mreža|jaringan)";

    /// <summary>Not reachable (a network or a host), in words that do not also mean an outage.</summary>
    public const string Unreachable =
        @"(?:nicht (?:mehr )?erreichbar|nicht erreicht werden|pas accessible|inaccessible|non (?:è )?raggiungibil"
        + @"|irraggiungibil|no (?:es )?alcanzable|inalcanzable|não (?:é )?(?:acessível|alcançável)|inalcançável"
        + @"|inacessível|fora de alcance|недостижим|недосяжн|nieosiągaln|niet bereikbaar|onbereikbaar"
        + @"|není dosažiteln|nedosažiteln|ulaşılam|到達できません|到達不能|不可达|不可達|접근할 수 없|도달할 수 없"
        + @"|kan ikke (?:nås|tilgås)|kan inte nås|tavoittamattom|ei tavoiteta|ei ole tavoitettavissa"
        + @"|nem érhető el|elérhetetlen|inaccesibil|nu poate fi contactat|tidak dapat dijangkau|tidak terjangkau)";

    /// <summary>Time, a time limit or a wait (that can run out).</summary>
    public const string Time =
        @"(?:Zeitlimit|\bZeit\b|Wartezeit|d[ée]lai|tiempo|\btempo\b|\btemps\b|время|\bчас\b|\bczas\b|\btijd|wachttijd|\bčas\b"
        + @"|časov|zaman|时间|時間|시간|\btid(?:en)?\b|tidsgr|\baika|időkorlát|\bidő\b|\btimp|време|vrijeme|waktu|χρόνο|laikas)";

    /// <summary>An operation (of a network or a socket, that can take too long).</summary>
    public const string Operation =
        @"(?:Operation|Vorgang|opération|operaci[óo]n|operazione|operação|операци|операці|operacj|operatie|bewerking"
        + @"|operace|işlem|操作|작업|toiminto|művelet|operați|операциј)";

    /// <summary>Ran out (said of time, a wait or a connection).</summary>
    public const string RanOut =
        @"(?:abgelaufen|expir|scadut|esgot|истекл|вичерпан|verstreken|verlopen|hors délai|løb ud|løp ut|tog slut"
        + @"|gick ut|upłynął|vypršel|vypršal|uplynul|lejárt|超时|逾時|a expirat|isteklo)";

    /// <summary>Exceeded (said of a time limit; of a connection, it is their number).</summary>
    public const string TimeExceeded =
        @"(?:überschritten|aşıldı|túllépte|초과|agotad|overskred|överskred|ylitt|depășit)";

    /// <summary>Timed out: the time (of a connection, a server's answer or an operation) ran out.</summary>
    public const string Timeout =
        @"(?:超时|превышен\w* (?:лимит\w* )?времен\w*|превышено время|\bтайм-?аут\b|время ожидания"
        + @"|Zeitüberschreitung|tiempo de espera|d[ée]lai d'attente|tempo limite|tempo esgotado|expirou o tempo"
        + @"|ha caducado la conexi[oó]n|タイムアウト|tempo (?:di attesa|limite)[^\n]{0,30}?scadut"
        + @"|(?:excedió|superó|agotó) el (?:límite de )?tiempo|время (?:\S+ )?истекло|истекло время"
        + @"|timeout della connessione|przekroczon\w* (?:limit\w* )?czas|upłynął (?:limit )?czas"
        + @"|vypršel (?:časový )?limit|časový limit (?:\S+ ){0,4}vypršel|connessione (?:\S+ ){0,3}scaduta"
        + @"|tempo (?:di connessione )?scaduto|\btijdslimiet\b|przekroczono (?:limit )?czas"
        + @"|time-?out (?:bij|tijdens)|zaman aşımı|逾時|시간(?:이)? 초과|tidsgränsen|час очікування|időtúllépés"
        + @"|hết thời gian chờ|waktu (?:\S+ )?habis|batas waktu (?:\S+ )?(?:habis|terlampaui)"
        + @"|λήξη (?:του )?χρονικού ορίου|aikakatkaisu|انتهت (?:ال)?مهلة|פסק זמן|תם הזמן|หมดเวลา"
        + @"|tidsgrænse(?:n)? (?:\S+ )?overskredet|tidsavbrudd"
        + @"|(?:esgotat|exhaurit) el temps|temps d['’]espera|χρονικ\w* [όο]ρι|εξέπνευσε|λήξη (?:του )?χρόνου"
        + @"|isteklo (?:je )?vrijeme|vrijeme (?:je )?isteklo|vremensko ograničenje|istek vremena"
        + @"|vrijeme do prekida|časovn\w* omejit|ajapiir|ajalimiit|noildz|noilgum"
        + @"|(?:baigėsi|pasibaigė)[^.]{0,30}\blaikas|laikas (?:baigėsi|pasibaigė)|skirtasis laikas"
        + @"|časov\w* limit|vypršal čas|\bčas\b[^\n!?]{0,80}?\b(?:vypršal|uplynul)|זמן ההמתנה|פסק[-־ ]זמן"
        + @"|חריגת זמן|הזמן (?:ה)?(?:מוקצב|קצוב)|זמן קצוב|זמן (?:ה)?חיבור (?:\S+ ){0,3}(?:תם|פג)"
        + @"|انته(?:ت|ى|اء) (?:ال)?مهلة|نَ?فِ?[ذد]َ?(?:ت)? (?:ال)?وقت|انتهى الوقت|مهلة (?:الاتصال|الانتظار)"
        + @"|زمان\S*(?: \S+){0,2} (?:تمام شد|به پایان رسید)|اتمام زمان|تایم[‌ ]?اوت|समय(?:[- ]?सीमा)? समाप्त"
        + @"|टाइम ?आउट|tempo (?:máximo )?de espera|tempo límite|esgotou(?:se)? o tempo|denbora[- ]?muga"
        + @"|denboraz kanpo|denbora agortu|rann út á tíma|tími(?:nn)? rann út|féll á tíma|tímamörk|tímafrest)";

    /// <summary>Not supported (by a server), as a participle or a verb.</summary>
    public const string NotSupported =
        @"(?:nicht (?:\S+ ){0,3}unterstützt|unterstützt (?:keine|nicht)|n['’]est pas (?:supporté|pris en charge)|non (?:supporté|pris en charge)"
        + @"|ne (?:prend pas en charge|supporte pas)|no (?:es )?(?:soportad|admitid|compatible)|no (?:admite|soporta)"
        + @"|non (?:è )?(?:supportat|gestit)|non supporta|não (?:é )?(?:suportad|compatível)|não (?:suporta|admite)"
        + @"|não há suporte|não oferece suporte|не поддерживае|не підтриму|nie (?:jest )?obsługiwan|nie obsługuje"
        + @"|niet (?:\S+ ){0,4}ondersteund"
        + @"|ondersteunt (?:geen|niet)|nepodporuj|není podporován|desteklemiyor|desteklenmiyor|不支持|不支援"
        + @"|サポートしていない|サポートしていません|サポートされていません|지원하지 않|지원되지 않"
        + @"|understøtte[rs] ikke|støtte[rs] ikke|stöd(?:s|er) inte|ei tue(?:ta)?\b|không (?:được )?hỗ trợ"
        + @"|nem támogat|nu este acceptat|nu acceptă|nu suportă|nu este suportat|не се поддържа|не поддържа"
        + @"|није подржан|nije podržan|не подржава|ne podržava|tidak mendukung|tidak didukung)";

    /// <summary>Could not, cannot or unable to (do what follows).</summary>
    public const string CouldNot =
        @"(?:impossible d[e'’]|(?:ne )?(?:peut|pouvons|pouvez|puis) pas|n['’](?:a|ont) pas pu|imposible|no se (?:puede|pudo|ha podido)"
        + @"|no (?:es|fue) posible|impossibile|non (?:è (?:stato )?)?possibile|não (?:foi|é) possível"
        + @"|não (?:se )?consegu\w+|не удал[оа]сь|не уда[её]тся"
        + @"|невозможно|не вдалося|не вдається|неможливо|nie (?:udało się|można)|nelze|nemohu|nemůžu|nepodařilo se"
        + @"|k[ao]n niet"
        + @"|无法|無法|不能"
        + @"|kunne ikke|kunde inte|kan ikke|kan inte|det gick inte att|\bei voi(?:tu|da)?\b|không thể"
        + @"|nem lehet|nem sikerült|nem tud|није успел\w*|nije uspj?el\w*|nu se poate|nu s-a putut|nu a putut|nu poate|imposibil de"
        + @"|не може да|не можа да|невъзможно|није могуће|nije moguće|nije moguce|ne mo[žz]e|tidak dapat|tidak bisa|gagal"
        + @"|no s['’]ha pogut|no es pot|no ha estat possible|αδύνατη|αδυναμία|δεν ήταν δυνατ|δεν είναι δυνατ"
        + @"|δεν μπορ|ni mogoče|ni bilo mogoče|ei saa|ei õnnestunud|nevarēja|nevar"
        + @"|neizdevās|nepavyko|negalima|לא ניתן|לא הצליח|تعذر|تعذّر|لا يمكن|نمی[‌ ]?توان|ممکن نیست|नहीं कर सक"
        + @"|नहीं हो सक)";

    /// <summary>To connect (to a server) or to reach it, as an infinitive.</summary>
    public const string ConnectVerb =
        @"(?:connecter|joindre|conectar|contactar|connettersi|collegarsi|ligar|подключиться|соединиться|підключитис[яь]"
        + @"|з['’]єднатис[яь]|під['’]єднатис[яь]|połączyć|připojit|spojit|verbinden|连接|連接|連線"
        + @"|oprette forbindelse|forbinde|koble til|kople til|ansluta|kết nối"
        + @"|kapcsolódni|csatlakozni|kapcsolódás|csatlakozás|conecta|свърже|свързване|повеже|повезати|повезивање"
        + @"|poveže|povezati|povezivanje|terhubung|menghubungkan|menyambung|tersambung"
        + @"|connectar|συνδεθ|povezovanje|ühendust|ühendada|savienot|savienojum|prisijung|להתחבר"
        + @"|الاتصال|متصل|اتصال|कनेक्ट)";

    /// <summary>To resolve, as an infinitive (also "to solve" or "to convert": read it only before a name or host).</summary>
    public const string ResolveVerb =
        @"(?:résoudre|résolu|resolver|resuelto|resolvid|risolvere|risolt|rozwiązać|rozpozna|преобразовать|перетворити|解析"
        + @"|auflösen|aufgelöst|разрешить|разрешено|omgezet|přelož|çözümle|解決|razreši|rezolva|resoldre|ebatzi"
        + @"|slå (?:\w+ )?op|slå opp|slå upp|selvit|feloldás|phân giải)";

    /// <summary>Unknown (said of a host or a name).</summary>
    public const string Unknown =
        @"(?:unbekannt|inconnu|desconocid|sconosciut|desconhecid|неизвестн|невідом|nieznan|onbekend|neznám|bilinmeyen"
        + @"|bilinmiyor|未知|不明|알 수 없는|ukjen[dt]|ukendt|okänd|tuntemat|ismeretlen|necunoscut|непознат|nepoznat"
        + @"|tidak diketahui|tak diketahui|tidak dikenal|desconegut|descoñecid|άγνωστ|neznan|tundmatu|nezinām|nežinom"
        + @"|ناشناخته|مجهول|לא מוכר|अज्ञात|không rõ|ezezagun)";

    /// <summary>A search or lookup (of a host's name).</summary>
    public const string Lookup =
        @"(?:suche|Finden|recherche|résolution|búsqueda|busca|cerca|ricerca|consulta|procurar|поиск|пошук|wyszukan"
        + @"|opzoeken|vyhledání|hľadanie|arama|查找|查询|查詢|搜尋|検索|찾기|opslag|oppslag|uppslag|\bhaku|tra cứu"
        + @"|keres|căutare|търсене|тражење|traženje|pretraga|iskanje|poizvedba|pencarian|carian|αναζήτηση|uzmeklēšan)";

    /// <summary>A name, an address or a domain name (of a host).</summary>
    public const string NameOrAddress =
        @"(?:Name|nom|nome|nombre|nazw\w*|имя|ім['’]я|adress\w*|dirección|endereço|indirizzo|адрес\w*|域名|地址|名前"
        + @"|アドレス|ドメイン)";

    /// <summary>Settings (of an account or a domain, as a settings search looks them up).</summary>
    public const string Settings =
        @"(?:Einstellungen|Konfiguration|paramètres|réglages|configuraci[óo]n|ajustes|impostazioni|configurazion|configurações|definições"
        + @"|настройк|ustawie|instellingen|nastavení|ayarlar|设置|設定|配置|설정"
        + @"|beállítás|setări|setari|подешавањ|podešavanj|pengaturan|setelan"
        + @"|configuració|ρυθμίσ|postavk|nastavitv|seaded|iestatījum|nustatym|הגדרות|الإعدادات|إعدادات|تنظیمات"
        + @"|सेटिंग)";

    /// <summary>Authentication (the act of logging in).</summary>
    public const string Authentication =
        @"(?:Authentifizierung|authentification|autenti(?:fi)?caci[óo]n|autenticazione|autentica[çc][ãa]o|аутентификаци"
        + @"|авторизаци|uwierzytelni|authenticatie|ověřování|autentizac|kimlik doğrulama|验证|认证|認證|驗證|認証|인증"
        + @"|godkendelse|autentisering|autentificering|godkjenning|tunnistautu|todennu|xác thực"
        + @"|hitelesítés|autentificare|удостоверяван|автентикаци|автентификаци|аутентификациј|autentifikacij"
        + @"|otentikasi|autentikasi"
        + @"|автентифікаці|авторизаці)";

    /// <summary>Untrusted or not to be trusted (a server or its certificate).</summary>
    public const string Untrusted =
        @"(?:nicht vertrauenswürdig|nicht[- ]vertraut|(?:non|pas) digne de confiance|no (?:es )?de confianza"
        + @"|no (?:es )?confiable|non (?:è )?attendibile|inaffidabil|não (?:é )?confiável|не является доверенным"
        + @"|ненад[её]жн(?:ый|ого|ому|ом|ым|ая|ой|ую)|недоверенн|niezaufan|onvertrouwd|niet (?:\w+ ){0,3}vertrouwd"
        + @"|nedůvěryhodn|güvenilmeyen|güvenilir değil|不受信任|不信任|不可信|信頼でき(?:ない|ません)|信頼され(?:てい)?(?:ない|ません)|신뢰할 수 없"
        + @"|ikke (?:tillid|klarert|betrodd)|(?:ej|inte) betrodd|epäluotettav|không đáng tin"
        + @"|nem megbízható|megbízhatatlan|nu este de încredere|nu este de incredere|ненадежден|не е доверен|недоверен"
        + @"|није поуздан|nije pouzdan|nepouzdan|непоуздан|tidak tepercaya|tidak terpercaya|tidak dipercaya)";

    /// <summary>Required or needed.</summary>
    public const string Required =
        @"(?:erforderlich|benötigt|requis|nécessaire|requiere|requerid|necesari|richiest|necessari|obrigatóri|exige"
        + @"|требуется|необходим|wymaga|vereist|vyžaduj|vyžadován|gerekli|gerektir|需要|必要|要求|필요"
        + @"|obligatoire|obligatori|obbligatori|обязател|obowiązkow|verplicht|povinn|zorunlu|必須|필수"
        + @"|szükséges|kötelező|igényel|necesar|изисква|задължител|захтева|zahteva|zahtijeva|потребн|potrebn"
        + @"|diperlukan|dibutuhkan|wajib|memerlukan)";

    /// <summary>Missing or lacking.</summary>
    public const string Missing =
        @"(?:fehlen|manquant|absence|inexistencia|ausencia|falta|mancanza|mancante|ausência|отсутств|braku"
        + @"|ontbre|chybějící|chybí|eksik|缺少|缺乏|欠如|부족"
        + @"|hiányz|lipsă|lipsește|lipseste|липсв|недостаје|nedostaje|tidak ada)";

    /// <summary>A secure connection, either word first ("sichere Verbindung", "connexion sécurisée", "安全な接続").</summary>
    public const string SecureConnection =
        "(?:" + Secure + @"[\w-]*(?: \w+)? ?" + Connection + "|" + Connection + @"\w*(?: \w+)? " + Secure + ")";

    /// <summary>Refused or rejected (a connection), as a participle or a noun.</summary>
    public const string Refused =
        @"(?:refus|rifiut|rechaz|rehus|recusad|abgelehnt|verweiger|отклон|отказ|отверг|odrzuc|odmow|geweigerd|odmítnut"
        + @"|reddedil|拒绝|拒絕|拒否|거부"
        + @"|afvist|avvist|nægtet|nektet|nekad|hylät|hylkäs|từ chối"
        + @"|elutasít|visszautasít|refuz|respins|отхвърл|одбиј|odbij|одбачен|odbačen|ditolak|menolak)";

    /// <summary>No answer or not answering (a server).</summary>
    public const string NoResponse =
        @"(?:keine Antwort|antwortet nicht|reagiert nicht|pas de réponse|aucune réponse|ne répond pas|sin respuesta"
        + @"|no responde|nessuna risposta|non risponde|sem resposta|não responde|нет ответа|не отвечает"
        + @"|не получен\w* ответ|ответ не получен|brak odpowiedzi"
        + @"|nie odpowiada|geen antwoord|reageert niet|yanıt vermiyor|yanıt yok|没有响应|沒有回應|无响应|無回應|未响应"
        + @"|応答がありません|応答しません|응답하지 않|응답 없"
        + @"|svarer ikke|svarar inte|intet svar|inget svar|ei vastaa|ei vastannut|không phản hồi|không trả lời"
        + @"|nem válaszol|nincs válasz|nu răspunde|nu raspunde|niciun răspuns|nici un răspuns|не отговаря|няма отговор"
        + @"|не одговара|ne odgovara|нема одговора|nema odgovora|tidak merespon|tidak ada respon|tidak menanggapi"
        + @"|tidak ada tanggapan"
        + @"|no respon\b|δεν αποκρίνεται|δεν απαντά|se ne odziva|ei vasta|neatbild|neatsako|אינו מגיב"
        + @"|לא מגיב|لا يستجيب|پاسخ نمی|जवाब नहीं)";

    /// <summary>Failed or a failure, as a participle, a verb or a noun.</summary>
    public const string Failed =
        @"(?:fehlgeschlagen|échoué|échec|fallid|fallado|falló|fallo|non riuscit|fallit|falh|сбой|неудачн|не удал"
        + @"|nie powiodło|niepowodzeni|mislukt|selhal|nezdařil|başarısız|失败|失敗|실패"
        + @"|mislykke[dt]|mislyktes|misslyckad|fejlede|feilet|epäonnistu|thất bại|không thành công"
        + @"|sikertelen|nem sikerült|meghiúsult|eșuat|eşuat|esuat|eșec|eşec|неуспешн|неуспех|не успя|neuspešn|neuspjel"
        + @"|није успел|nije uspel|nije uspjel|gagal"
        + @"|ha fallat|απέτυχε|αποτυχία|ni uspel|neuspel|ebaõnnestu|ei õnnestunud|neizdevās"
        + @"|nepavyko|נכשל|فشل|ناموفق|شکست|विफल|फेल)";

    /// <summary>An error or a problem.</summary>
    public const string Error =
        @"(?:Fehler|Problem|erreur|problème|error|errore|erro|ошибк|помилк|błąd|fout|chyba|hata|错误|錯誤|问题|問題|エラー|오류|문제"
        + @"|\bhib[aá]|eroare|грешк|grešk|greške|greske|kesalahan|galat"
        + @"|σφάλμα|napaka|\bviga\b|kļūd|klaid|שגיאה|خطأ|خطا|त्रुटि|गड़बड़)";

    /// <summary>Wrong or incorrect (said of a name, a password or the credentials).</summary>
    public const string Wrong =
        @"(?:falsch|incorrect|erron[ée]|errad|errat[oaie]|sbagliat|неверн|невірн|неправильн|błędn|onjuist|verkeerd"
        + @"|špatn|nesprávn|yanlış|hatalı|错误|錯誤|不正确|不正確|間違|正しくありません|틀렸|잘못"
        + @"|forkert|\bfeil\b|\bfel\b|felaktig|väärä|\bsai\b|hibás|helytelen"
        + @"|greșit|gresit|incorect|грешн|погрешн|pogrešn|\bsalah\b"
        + @"|λάθος|εσφαλμέν|napačn|nepareiz|neteising|שגוי|خاطئ|نادرست|गलत)";

    /// <summary>No longer (a password that was valid and is not any more).</summary>
    public const string NoLonger =
        @"(?:nicht mehr|n['’](?:est|sont) plus|ya no|já não|não é mais|non è più|больше не|більше не|już nie|niet meer"
        + @"|(?:již|už) (?:není|nejsou)|artık|不再|もう|더 이상|ikke længere|ikke lenger|inte längre|ei enää|không còn"
        + @"|már nem|nu mai|вече не|više nije|tidak lagi|sudah tidak)";

    /// <summary>Valid (after a negation of its own, as in "no longer valid").</summary>
    public const string Valid =
        @"(?:válid|valid|gültig|valable|действител|дійсн|ważn|geldig|platn|geçerli|有效|有効|유효|gyldig|giltig|voimassa"
        + @"|hợp lệ|érvényes|berlaku)";

    /// <summary>Invalid or not valid.</summary>
    public const string Invalid =
        @"(?:ungültig|nicht gültig|invalide|non valide|n['’]est pas valide|inválid|no (?:es )?válid|non (?:è )?valid"
        + @"|não (?:é )?válid|недействител|nieważn|nieprawidłow|ongeldig|niet geldig|neplatn|geçersiz|无效|無效|無効"
        + @"|유효하지"
        + @"|ugyldig|ogiltig|virheellinen|không hợp lệ"
        + @"|érvénytelen|nevalid|невалид|неважећ|nevažeć|неисправн|neispravn|tidak valid|tidak sah"
        + @"|no vàlid|μη έγκυρ|άκυρ|neveljav|kehtetu|vigane|nederīg|negaliojant|neteising|לא חוקי"
        + @"|לא תקינ|غير صالح|نامعتبر|अमान्य)";

    /// <summary>A reply or response (of a server).</summary>
    public const string Reply =
        @"(?:Antwort|réponse|respuesta|risposta|resposta|ответ|odpowied|antwoord|odpověď|yanıt|响应|回应|回复|響應|回應|応答|응답"
        + @"|válasz|răspuns|raspuns|отговор|одговор|odgovor|respons|balasan|tanggapan)";

    /// <summary>Unexpected, unknown, incorrect or invalid (said of a reply).</summary>
    public const string Unexpected =
        @"(?:unerwartet|unbekannt|inattendu|inconnu|inesperad|desconocid|inattes|imprevist|sconosciut|desconhecid"
        + @"|неизвестн|неожиданн|некорректн|неверн|nieoczekiwan|nieznan|onverwacht|onbekend|neočekávan|neznám|beklenmeyen"
        + @"|bilinmeyen|意外|未知|予期しない|不明な|예기치 않은|알 수 없는|" + Invalid
        + @"|váratlan|ismeretlen|neașteptat|neaşteptat|neasteptat|necunoscut|неочакван|непознат|неочекиван|neočekivan"
        + @"|nepoznat|tidak terduga|tidak dikenal|tidak diketahui)";
}
