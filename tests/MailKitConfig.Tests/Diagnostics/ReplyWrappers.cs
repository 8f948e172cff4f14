using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MailKitConfig.Tests.Diagnostics;

/// <summary>
/// How real programs print an error text they got: a Node.js error with nodemailer's object, Python's smtplib
/// exceptions, JavaMail and Spring, MailKit's exceptions with .NET stack traces, PHPMailer's debug log, client logs,
/// JSON, HTML pages, Postfix bounces, folded header lines, lower-case IMAP and POP3 words. Each wrapper writes a text
/// the way the program does (its escapes, its prefixes, its stack lines), so the classifier can be asked to read the
/// same failure from any of them.
/// </summary>
internal static partial class ReplyWrappers
{
    /// <summary>Gets the wrappers, each with a name; a wrapper returns <see langword="null"/> for a text the program would not print that way.</summary>
    public static IReadOnlyList<Wrapper> All { get; } =
    [
        new("node-nodemailer", Nodemailer),
        new("python-smtplib", PythonSmtplib),
        new("python-traceback", PythonTraceback),
        new("javamail", JavaMail),
        new("spring", Spring),
        new("dotnet-mailkit", MailKitException),
        new("phpmailer-debug", PhpMailerDebug),
        new("client-log-s", row => ClientLog(row, "C: ", "S: ")),
        new("client-log-arrows", row => ClientLog(row, ">>> ", "<<< ")),
        new("json", row => "{\"status\":\"error\",\"error\":" + JsonSerializer.Serialize(row.Text) + "}"),
        new("json-response", JsonResponse),
        new("html", row => "<div class=\"alert alert-danger\">" + WebUtility.HtmlEncode(row.Text) + "</div>"),
        new("postfix-bounce", PostfixBounce),
        new("folded", row => Fold(row.Text, 58, "\n    ")),
        new("diagnostic-code", row => row.Protocol == MailProtocol.Smtp && ReplyCode(row.Text) is not null ? "Diagnostic-Code: smtp; " + Fold(OneLine(row.Text), 70, "\n    ") : null),
        new("ruby", Ruby),
        new("go-log", row => "2026/12/01 03:00:00 failed to send mail: " + row.Text),
        new("lower-case-imap-pop3", LowerCaseImapPop3),
    ];

    /// <summary>nodemailer's error as Node prints it: the message, the stack, then the error's fields with <c>util.inspect</c>'s strings.</summary>
    private static string? Nodemailer(WrapperRow row)
    {
        if (row.Protocol != MailProtocol.Smtp)
        {
            return "Error: " + row.Text + "\n    at ImapFlow.reject (/app/node_modules/imapflow/lib/imap-flow.js:337:29)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)";
        }

        var (prefix, code, command) = row.Step switch
        {
            MailOperationStage.Authentication => ("Invalid login: ", "EAUTH", "AUTH PLAIN"),
            MailOperationStage.Sender => ("Mail command failed: ", "EENVELOPE", "MAIL FROM"),
            MailOperationStage.Recipient => ("Can't send mail - all recipients were rejected: ", "EENVELOPE", "RCPT TO"),
            MailOperationStage.Data => ("Message failed: ", "EMESSAGE", "DATA"),
            _ => (string.Empty, "ECONNECTION", "CONN"),
        };
        var reply = ReplyCode(row.Text);
        var text = new StringBuilder()
            .Append("Error: ").Append(prefix).Append(row.Text).Append('\n')
            .Append("    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:790:19)\n")
            .Append("    at SMTPConnection._actionAUTHComplete (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1564:34)\n")
            .Append("    at SMTPConnection._processResponse (/app/node_modules/nodemailer/lib/smtp-connection/index.js:969:20) {\n")
            .Append("  code: '").Append(code).Append("',\n");
        if (reply is not null)
        {
            text.Append("  response: ").Append(NodeInspect(row.Text, "    ")).Append(",\n")
                .Append("  responseCode: ").Append(reply).Append(",\n");
        }

        return text.Append("  command: '").Append(command).Append("'\n}").ToString();
    }

    /// <summary>Python's smtplib: the reply code and the reply's text (its codes taken off every line) as a tuple of an int and bytes.</summary>
    private static string? PythonSmtplib(WrapperRow row)
    {
        if (row.Protocol != MailProtocol.Smtp || ReplyCode(row.Text) is not { } code || (row.Text.Contains('\n', StringComparison.Ordinal) && !AllLinesHaveCode(row.Text, code)))
        {
            return null;
        }

        var message = string.Join("\n", row.Text.Split('\n').Select(line => line.Length > 4 ? line[4..] : string.Empty));
        var tuple = "(" + code + ", " + PythonBytes(message);
        return row.Step switch
        {
            MailOperationStage.Authentication => "smtplib.SMTPAuthenticationError: " + tuple + ")",
            MailOperationStage.Sender => "smtplib.SMTPSenderRefused: " + tuple + ", 'user@example.com')",
            MailOperationStage.Recipient => "smtplib.SMTPRecipientsRefused: {'user@example.com': " + tuple + ")}",
            MailOperationStage.Data => "smtplib.SMTPDataError: " + tuple + ")",
            _ when (code[0] == '4' && code != "421") || code[0] == '5' => "smtplib.SMTPResponseException: " + tuple + ")",
            _ => null,
        };
    }

    /// <summary>A Python traceback ending in an exception whose argument is the text, printed with <c>str()</c>.</summary>
    private static string PythonTraceback(WrapperRow row)
        => "Traceback (most recent call last):\n  File \"/app/mailer.py\", line 42, in send\n    server.send_message(msg)\n"
            + "  File \"/usr/lib/python3.11/smtplib.py\", line 986, in send_message\n    return self.sendmail(from_addr, to_addrs, flatten_msg.getvalue())\n"
            + (row.Protocol == MailProtocol.Imap ? "imaplib.IMAP4.error: " + PythonBytes(row.Text) : "Exception: " + row.Text);

    /// <summary>JavaMail's exception for the step, the text as its message, and the stack.</summary>
    private static string JavaMail(WrapperRow row)
    {
        var exception = (row.Protocol, row.Step) switch
        {
            (_, MailOperationStage.Authentication) => "javax.mail.AuthenticationFailedException: ",
            (MailProtocol.Smtp, MailOperationStage.Recipient) => "javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: ",
            (MailProtocol.Smtp, MailOperationStage.Sender) => "com.sun.mail.smtp.SMTPSenderFailedException: ",
            (MailProtocol.Smtp, MailOperationStage.Data) => "com.sun.mail.smtp.SMTPSendFailedException: ",
            _ => "javax.mail.MessagingException: ",
        };
        return exception + row.Text
            + "\n\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2064)\n\tat com.sun.mail.smtp.SMTPTransport.sendMessage(SMTPTransport.java:1286)\n\tat javax.mail.Transport.send0(Transport.java:254)\n\tat com.example.mail.Mailer.send(Mailer.java:57)";
    }

    /// <summary>Spring's exception around JavaMail's.</summary>
    private static string Spring(WrapperRow row)
        => row.Step == MailOperationStage.Authentication
            ? "org.springframework.mail.MailAuthenticationException: Authentication failed; nested exception is javax.mail.AuthenticationFailedException: " + row.Text
            : "org.springframework.mail.MailSendException: Failed messages: javax.mail.MessagingException: " + row.Text
                + "\n\tat org.springframework.mail.javamail.JavaMailSenderImpl.doSend(JavaMailSenderImpl.java:491)";

    /// <summary>MailKit's exception for the protocol, the text as its message, and a .NET stack.</summary>
    private static string MailKitException(WrapperRow row)
    {
        var type = row.Protocol switch
        {
            MailProtocol.Imap => "MailKit.Net.Imap.ImapCommandException",
            MailProtocol.Pop3 => "MailKit.Net.Pop3.Pop3CommandException",
            _ => "MailKit.Net.Smtp.SmtpCommandException",
        };
        return "Unhandled exception. " + type + ": " + row.Text
            + "\n   at MailKit.Net.Smtp.SmtpClient.SendAsync(FormatOptions options, MimeMessage message, CancellationToken cancellationToken)"
            + "\n   at Example.Mailer.SendAsync(MimeMessage message) in /src/Example/Mailer.cs:line 31";
    }

    /// <summary>PHPMailer's debug output (<c>SMTPDebug = 2</c>): the command, each reply line after <c>SERVER -&gt; CLIENT:</c>, its summary.</summary>
    private static string? PhpMailerDebug(WrapperRow row)
    {
        if (row.Protocol != MailProtocol.Smtp || ReplyCode(row.Text) is null)
        {
            return null;
        }

        var (command, summary) = row.Step switch
        {
            MailOperationStage.Authentication => ("AUTH LOGIN", "SMTP Error: Could not authenticate."),
            MailOperationStage.Sender => ("MAIL FROM:<user@example.com>", "SMTP Error: The following from address failed: user@example.com"),
            MailOperationStage.Recipient => ("RCPT TO:<user@example.com>", "SMTP Error: The following recipients failed: user@example.com"),
            MailOperationStage.Data => ("DATA", "SMTP Error: data not accepted."),
            _ => ("EHLO example.com", "SMTP Error: Could not connect to SMTP host."),
        };
        const string Time = "2026-12-01 03:00:00 ";
        var lines = row.Text.Split('\n').Select(line => Time + "SERVER -> CLIENT: " + line);
        return Time + "CLIENT -> SERVER: " + command + "\n" + string.Join("\n", lines) + "\n"
            + Time + "SMTP ERROR: " + command.Split(' ', ':')[0] + " command failed: " + row.Text.Split('\n')[0] + "\n" + summary;
    }

    /// <summary>A client's protocol log: the command sent, then every line of the reply after the server's mark.</summary>
    private static string? ClientLog(WrapperRow row, string client, string server)
    {
        if (ReplyCode(row.Text) is null && !ImapPop3Reply().IsMatch(row.Text))
        {
            return null;
        }

        var command = (row.Protocol, row.Step) switch
        {
            (MailProtocol.Smtp, MailOperationStage.Authentication) => "AUTH LOGIN",
            (MailProtocol.Smtp, MailOperationStage.Sender) => "MAIL FROM:<user@example.com>",
            (MailProtocol.Smtp, MailOperationStage.Recipient) => "RCPT TO:<user@example.com>",
            (MailProtocol.Smtp, MailOperationStage.Data) => ".",
            (MailProtocol.Smtp, _) => "EHLO example.com",
            (MailProtocol.Imap, MailOperationStage.Mailbox) => "A3 SELECT INBOX",
            (MailProtocol.Imap, _) => "A1 LOGIN user@example.com ****",
            (_, MailOperationStage.Mailbox) => "STAT",
            _ => "PASS ****",
        };
        return client + command + "\n" + string.Join("\n", row.Text.Split('\n').Select(line => server + line));
    }

    /// <summary>A web API's JSON answer that carries the reply under <c>response</c> and a summary under <c>message</c>.</summary>
    private static string? JsonResponse(WrapperRow row)
        => ReplyCode(row.Text) is null && !ImapPop3Reply().IsMatch(row.Text)
            ? null
            : "{\"success\":false,\"message\":\"Sending failed\",\"response\":" + JsonSerializer.Serialize(row.Text) + ",\"responseCode\":" + (ReplyCode(row.Text) ?? "null") + "}";

    /// <summary>Postfix's bounce line: the reply on one line after <c>said:</c>, the command it answered in brackets.</summary>
    private static string? PostfixBounce(WrapperRow row)
    {
        if (row.Protocol != MailProtocol.Smtp || ReplyCode(row.Text) is null)
        {
            return null;
        }

        var reply = OneLine(row.Text);
        return row.Step switch
        {
            MailOperationStage.Authentication => "SASL authentication failed; server mx.example.net[192.0.2.1] said: " + reply,
            MailOperationStage.Sender => "<user@example.com>: host mx.example.net[192.0.2.1] said: " + reply + " (in reply to MAIL FROM command)",
            MailOperationStage.Recipient => "<user@example.com>: host mx.example.net[192.0.2.1] said: " + reply + " (in reply to RCPT TO command)",
            MailOperationStage.Data => "<user@example.com>: host mx.example.net[192.0.2.1] said: " + reply + " (in reply to end of DATA command)",
            _ => "connect to mx.example.net[192.0.2.1]:25: host mx.example.net[192.0.2.1] refused to talk to me: " + reply,
        };
    }

    /// <summary>Ruby's exception for the reply, as <c>Net::SMTP</c> and <c>Net::IMAP</c> raise it.</summary>
    private static string Ruby(WrapperRow row)
    {
        var type = (row.Protocol, row.Step, ReplyCode(row.Text)?[0]) switch
        {
            (MailProtocol.Imap, _, _) => "Net::IMAP::NoResponseError",
            (_, MailOperationStage.Authentication, _) => "Net::SMTPAuthenticationError",
            (_, _, '4') => "Net::SMTPServerBusy",
            (_, _, '5') => "Net::SMTPFatalError",
            _ => "RuntimeError",
        };
        return type + " (" + row.Text + ")\n  from /usr/lib/ruby/3.2.0/net/smtp.rb:1088:in `check_response'\n  from app/mailers/user_mailer.rb:12:in `deliver'";
    }

    /// <summary>IMAP and POP3 status words, tags and response codes in lower case (RFC 3501 and RFC 1939 read them in any case).</summary>
    private static string? LowerCaseImapPop3(WrapperRow row)
    {
        if (row.Protocol == MailProtocol.Smtp || !ImapPop3Reply().IsMatch(row.Text))
        {
            return null;
        }

        return StatusWords().Replace(row.Text, m => m.Value.ToLowerInvariant());
    }

    /// <summary>The reply code a raw SMTP reply starts with.</summary>
    private static string? ReplyCode(string text) => ReplyStart().Match(text) is { Success: true } m ? m.Groups["code"].Value : null;

    private static bool AllLinesHaveCode(string text, string code) => text.Split('\n').All(line => line.StartsWith(code, StringComparison.Ordinal));

    private static string OneLine(string text) => string.Join(" ", text.Split('\n').Select(line => line.Trim()));

    /// <summary>Folds a text at spaces so that no line is longer than <paramref name="width"/>, as headers and terminals fold.</summary>
    private static string Fold(string text, int width, string fold)
    {
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var current = new StringBuilder();
            foreach (var word in line.Split(' '))
            {
                if (current.Length > 0 && current.Length + 1 + word.Length > width)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                    current.Append(fold.TrimStart('\n'));
                }
                else if (current.Length > 0)
                {
                    current.Append(' ');
                }

                current.Append(word);
            }

            lines.Add(current.ToString());
        }

        return string.Join("\n", lines);
    }

    /// <summary>A string as Node's <c>util.inspect</c> prints it in an object: quoted, escaped, and split after each line break with <c>+</c>.</summary>
    private static string NodeInspect(string text, string indent)
    {
        var quote = !text.Contains('\'', StringComparison.Ordinal) ? '\'' : !text.Contains('"', StringComparison.Ordinal) ? '"' : !text.Contains('`', StringComparison.Ordinal) ? '`' : '\'';
        var parts = Regex.Split(text, "(?<=\n)").Where(p => p.Length > 0).Select(part => quote + Escape(part, quote) + quote);
        return string.Join(" +\n" + indent, parts);

        static string Escape(string part, char quote)
        {
            var escaped = new StringBuilder();
            foreach (var c in part)
            {
                escaped.Append(c switch
                {
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ when c == quote => "\\" + c,
                    _ when c < ' ' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                    _ => c.ToString(),
                });
            }

            return escaped.ToString();
        }
    }

    /// <summary>A string as Python's <c>repr</c> prints its UTF-8 bytes: <c>b'…'</c>, non-ASCII bytes as <c>\xNN</c>.</summary>
    private static string PythonBytes(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var escaped = new StringBuilder("b").Append(quote);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            escaped.Append(b switch
            {
                (byte)'\\' => "\\\\",
                (byte)'\n' => "\\n",
                (byte)'\r' => "\\r",
                (byte)'\t' => "\\t",
                _ when b == quote => "\\" + quote,
                < 0x20 or >= 0x7F => "\\x" + b.ToString("x2", CultureInfo.InvariantCulture),
                _ => ((char)b).ToString(),
            });
        }

        return escaped.Append(quote).ToString();
    }

    [GeneratedRegex(@"\A(?<code>[2-5][0-9]{2})(?:[ -]|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex ReplyStart();

    /// <summary>An IMAP tagged or untagged status or a POP3 status at the start of a line.</summary>
    [GeneratedRegex(@"^(?:\S+ (?:NO|BAD|BYE|OK)\b|-ERR\b|\+OK\b)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ImapPop3Reply();

    /// <summary>IMAP tags with their status words, POP3 statuses, and bracketed response codes.</summary>
    [GeneratedRegex(@"^\S+ (?:NO|BAD|BYE|OK)\b|-ERR\b|\+OK\b|\[[A-Z][A-Z0-9/-]+\]", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex StatusWords();
}

/// <summary>A text to wrap, with what is known of where it was met.</summary>
/// <param name="Text">The error text.</param>
/// <param name="Protocol">The protocol.</param>
/// <param name="Step">The step that failed.</param>
internal sealed record WrapperRow(string Text, MailProtocol Protocol, MailOperationStage Step);

/// <summary>A way a program prints an error text.</summary>
/// <param name="Name">The program or form.</param>
/// <param name="Wrap">Wraps a text, or returns <see langword="null"/> when the program would not print it so.</param>
internal sealed record Wrapper(string Name, Func<WrapperRow, string?> Wrap);
