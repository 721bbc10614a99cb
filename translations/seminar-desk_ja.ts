<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>AttendanceCommand</name>
        <message>
            <source>Registered</source>
            <translation>申込</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>当日登録</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>欠席</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>出席率</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全体</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>After the seminar: registered and attended by category and organisation, walk-ins, no-shows.</source>
            <translation>セミナー後の出欠集計: 区分別・所属別の申込数と出席数、当日登録、欠席。</translation>
        </message>
        <message>
            <source>The language of the PDF and the CSV</source>
            <translation>PDF と CSV の言語</translation>
        </message>
        <message>
            <source>Write the summary as a PDF file.</source>
            <translation>集計を PDF ファイルに書き出します。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Wrote the attendance summary to %1.</source>
            <translation>出欠集計を %1 に書き出しました。</translation>
        </message>
    </context>
    <context>
        <name>AttendanceSummary</name>
        <message>
            <source>Registered</source>
            <translation>申込</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>当日登録</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>欠席</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>出席率</translation>
        </message>
        <message>
            <source>In all</source>
            <translation>全体</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全体</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>区分別</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>By organisation</source>
            <translation>所属別</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>(no organisation)</source>
            <translation>（所属なし）</translation>
        </message>
        <message>
            <source>No one registered.</source>
            <translation>申込はありません。</translation>
        </message>
        <message>
            <source>Attendance summary</source>
            <translation>出欠集計</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出欠</translation>
        </message>
        <message>
            <source>Checked in at</source>
            <translation>受付日時</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>当日登録</translation>
        </message>
        <message>
            <source>Check-in code</source>
            <translation>受付コード</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>欠席</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>○</translation>
        </message>
    </context>
    <context>
        <name>Attendee</name>
        <message>
            <source>Participant</source>
            <translation>一般参加者</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>登壇者</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>スタッフ</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>報道</translation>
        </message>
        <message>
            <source>VIP</source>
            <translation>来賓</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>通訳者</translation>
        </message>
    </context>
    <context>
        <name>AttendeeEditor</name>
        <message>
            <source>Attendee</source>
            <translation>参加者</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>個人情報</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>姓(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>名(&amp;G):</translation>
        </message>
        <message>
            <source>Family name &amp;reading:</source>
            <translation>セイ(&amp;R):</translation>
        </message>
        <message>
            <source>Given name r&amp;eading:</source>
            <translation>メイ(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Latin-script name:</source>
            <translation>ローマ字氏名(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>所属(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>役職(&amp;P):</translation>
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation>国・地域(&amp;U):</translation>
        </message>
        <message>
            <source>E-&amp;mail:</source>
            <translation>メールアドレス(&amp;M):</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>電話番号(&amp;H):</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>区分(&amp;T):</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>申込</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>状態(&amp;S):</translation>
        </message>
        <message>
            <source>Check-in code:</source>
            <translation>受付コード:</translation>
        </message>
        <message>
            <source>Registered:</source>
            <translation>申込日時:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>申込経路:</translation>
        </message>
        <message>
            <source>Name on the &amp;badge:</source>
            <translation>名札表示名(&amp;B):</translation>
        </message>
        <message>
            <source>Langu&amp;age:</source>
            <translation>言語(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>備考(&amp;N):</translation>
        </message>
        <message>
            <source>Needs an interpretation re&amp;ceiver</source>
            <translation>通訳レシーバーが必要(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>AttendeePage</name>
        <message>
            <source>Search names, readings, organisations, e-mail</source>
            <translation>氏名・フリガナ・所属・メールアドレスで検索</translation>
        </message>
    </context>
    <context>
        <name>AttendeeStore</name>
        <message>
            <source>An attendee needs a family name or a given name.</source>
            <translation>姓または名を入力してください。</translation>
        </message>
        <message>
            <source>“%1” is not an e-mail address.</source>
            <translation>「%1」はメールアドレスとして正しくありません。確認してください。</translation>
        </message>
        <message>
            <source>Could not save the attendee “%1”: %2</source>
            <translation>参加者「%1」を保存できませんでした: %2</translation>
        </message>
        <message>
            <source>The attendee no longer exists.</source>
            <translation>この参加者は削除されています。</translation>
        </message>
        <message>
            <source>Could not delete the attendee: %1</source>
            <translation>参加者を削除できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not restore the attendee “%1”: %2</source>
            <translation>参加者「%1」を復元できませんでした: %2</translation>
        </message>
        <message>
            <source>There is no attendee with the number %1.</source>
            <translation>ID %1 の参加者は見つかりません。</translation>
        </message>
        <message>
            <source>Could not read the attendees: %1</source>
            <translation>参加者を読み込めませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>BackupCopies</name>
        <message>
            <source>Could not write “%1”: %2</source>
            <translation>「%1」を書き込めませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>BadgeDialog</name>
        <message>
            <source>Name Badges</source>
            <translation>名札</translation>
        </message>
        <message>
            <source>&amp;Label sheet:</source>
            <translation>ラベル用紙(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Badges:</source>
            <translation>名札(&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Start at label:</source>
            <translation>開始ラベル番号(&amp;S):</translation>
        </message>
        <message>
            <source>Labels before this one are already used on the first sheet.</source>
            <translation>1 枚目の用紙では、これより前のラベルは使用済みです。</translation>
        </message>
        <message>
            <source>Printer &amp;offset:</source>
            <translation>印刷位置の補正(&amp;O):</translation>
        </message>
        <message>
            <source>Moves everything right (or left, below zero) on this printer.</source>
            <translation>このプリンターで印刷位置全体を右へずらします（負の値では左へ）。</translation>
        </message>
        <message>
            <source>→ </source>
            <translation>→ </translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source>Moves everything down (or up, below zero) on this printer.</source>
            <translation>このプリンターで印刷位置全体を下へずらします（負の値では上へ）。</translation>
        </message>
        <message>
            <source>↓ </source>
            <translation>↓ </translation>
        </message>
        <message>
            <source>&amp;Calibration page (label outlines only)</source>
            <translation>位置調整ページ（ラベルの輪郭のみ）(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>PDF として保存(&amp;D)…</translation>
        </message>
        <message>
            <source>P&amp;rinter:</source>
            <translation>プリンター(&amp;R):</translation>
        </message>
        <message>
            <source>Category b&amp;and:</source>
            <translation>区分の帯(&amp;A):</translation>
        </message>
        <message>
            <source>Kept for each sheet. A band that bleeds shows colour to the edge even when the cut is a little off; an inset band keeps a white margin, for labels that touch.</source>
            <translation>用紙ごとに記録します。はみ出す帯は、抜き位置が少しずれても端まで色が残ります。内側の帯は白い余白を残すので、ラベルどうしが接している用紙に向いています。</translation>
        </message>
    </context>
    <context>
        <name>BadgeSelection</name>
        <message>
            <source>Everyone registered</source>
            <translation>申込済みの全員</translation>
        </message>
        <message>
            <source>The selected registrations</source>
            <translation>選択した申込</translation>
        </message>
        <message>
            <source>Badges never printed</source>
            <translation>名札が未印刷の人</translation>
        </message>
        <message>
            <source>Badges changed since printed</source>
            <translation>印刷後に名札の内容が変わった人</translation>
        </message>
    </context>
    <context>
        <name>BadgeSheetPrinter</name>
        <message>
            <source>The labels to skip must be from 0 to %1 on the sheet %2, not %3.</source>
            <translation>ラベル用紙 %2 で飛ばすラベルの数は 0～%1 で指定してください（%3 は指定できません）。</translation>
        </message>
        <message>
            <source>Could not start painting the badges.</source>
            <translation>名札の描画を開始できませんでした。</translation>
        </message>
        <message>
            <source>Could not finish painting the badges.</source>
            <translation>名札の描画を完了できませんでした。</translation>
        </message>
        <message>
            <source>Could not start painting the calibration page.</source>
            <translation>位置調整ページの描画を開始できませんでした。</translation>
        </message>
        <message>
            <source>%1 calibration: printer offset %2 mm across, %3 mm down</source>
            <translation>%1 の位置調整: 印刷位置の補正 横 %2 mm、縦 %3 mm</translation>
        </message>
        <message>
            <source>Could not finish painting the calibration page.</source>
            <translation>位置調整ページの描画を完了できませんでした。</translation>
        </message>
        <message>
            <source>There are no badges to print for this choice.</source>
            <translation>この選択では印刷する名札がありません。</translation>
        </message>
        <message>
            <source>Name badges</source>
            <translation>名札</translation>
        </message>
        <message>
            <source>Label calibration</source>
            <translation>ラベルの位置調整</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between names in a list</comment>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>The organisation (or the country) was shortened to fit on %n badge(s): %1</source>
            <translation>
                <numerusform>名札 %n 枚で所属（または国・地域）を省略して収めました：%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The badge fonts have no “%1”: check how it prints on %n badge(s): %2</source>
            <translation>
                <numerusform>名札のフォントに「%1」がありません。次の名札 %n 枚の印刷を確認してください：%2</numerusform>
            </translation>
        </message>
        <message>
            <source>Bleeds %1 mm past the edges</source>
            <translation>端から %1 mm はみ出す</translation>
        </message>
        <message>
            <source>Inset from the edges</source>
            <translation>端の内側に収める</translation>
        </message>
        <message>
            <source>The printer offset must be within ±%1 mm across and down, not %2, %3 mm: check the sheet and the printer.</source>
            <translation>印刷位置の補正は左右・上下とも ±%1 mm 以内にしてください（指定は %2、%3 mm）。用紙とプリンターを確認してください。</translation>
        </message>
        <message numerus="yes">
            <source>Writing badges… page %1 of %n</source>
            <translation>
                <numerusform>名札を書き出しています… %n ページ中 %1 ページ目</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BadgeStyle</name>
        <message>
            <source>Could not open %1: %2</source>
            <translation>%1 を開けませんでした: %2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON at byte %2: %3</source>
            <translation>%1 の %2 バイト目が有効な JSON ではありません: %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The colour “%1” of the category “%2” is not a colour (use #rrggbb).</source>
            <translation>区分「%2」の色「%1」は色として認識できません。#rrggbb の形式で指定してください。</translation>
        </message>
    </context>
    <context>
        <name>BadgesCommand</name>
        <message>
            <source>--registrations needs ids such as 1,5,9; “%1” is not one.</source>
            <translation>--registrations には 1,5,9 のように ID を指定してください（「%1」は ID ではありません）。</translation>
        </message>
        <message>
            <source>--registrations needs at least one id.</source>
            <translation>--registrations には ID を 1 つ以上指定してください。</translation>
        </message>
        <message>
            <source>--offset needs millimetres across and down such as 0.5,-1, not “%1”.</source>
            <translation>--offset には 0.5,-1 のように横と縦の値を mm 単位で指定してください（「%1」は指定できません）。</translation>
        </message>
        <message>
            <source>The seminar whose badges to print.</source>
            <translation>名札を印刷するセミナー。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>The label sheet, by brand and part number (default “%1”; see “seminar-desk sheets”).</source>
            <translation>ラベル用紙のブランドと品番（既定値「%1」。「seminar-desk sheets」を参照）。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>unprinted: only badges never printed; changed: only those changed since printed.</source>
            <translation>unprinted: 未印刷の名札のみ、changed: 印刷後に内容が変わった名札のみ。</translation>
        </message>
        <message>
            <source>WHICH</source>
            <translation>WHICH</translation>
        </message>
        <message>
            <source>Only the registrations with these ids.</source>
            <translation>これらの ID の申込のみ。</translation>
        </message>
        <message>
            <source>1,5,9</source>
            <translation>1,5,9</translation>
        </message>
        <message>
            <source>Labels already used on the first sheet (default 0).</source>
            <translation>1 枚目の用紙で使用済みのラベルの数（既定値 0）。</translation>
        </message>
        <message>
            <source>K</source>
            <translation>K</translation>
        </message>
        <message>
            <source>X,Y</source>
            <translation>X,Y</translation>
        </message>
        <message>
            <source>A JSON file with the words and colours of the category bands.</source>
            <translation>区分の帯の文言と色を指定する JSON ファイル。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Write a page with the label outlines instead of badges, to check the printer.</source>
            <translation>プリンターの確認用に、名札の代わりにラベルの輪郭を描いたページを書き出します。</translation>
        </message>
        <message>
            <source>--skip needs a number of labels, not “%1”.</source>
            <translation>--skip にはラベルの数を指定してください（「%1」は指定できません）。</translation>
        </message>
        <message>
            <source>Wrote the calibration page of %1 to %2.</source>
            <translation>%1 の位置調整ページを %2 に書き出しました。</translation>
        </message>
        <message>
            <source>Use either --only or --registrations, not both.</source>
            <translation>--only と --registrations は、どちらか一方だけを指定してください。</translation>
        </message>
        <message>
            <source>--only is unprinted or changed, not “%1”.</source>
            <translation>--only には unprinted または changed を指定してください（「%1」は指定できません）。</translation>
        </message>
        <message>
            <source>seminar-desk badges: say which seminar with --seminar ID.</source>
            <translation>seminar-desk badges: --seminar ID でセミナーを指定してください。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n badge(s) on %1 sheet(s) of %2 to %3.</source>
            <translation>
                <numerusform>名札 %n 枚（%2、用紙 %1 枚）を %3 に書き出しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Printer offset in millimetres across and down, e.g. 0.5,-1 (at most 10 either way).</source>
            <translation>印刷位置の補正（左右、上下、mm）。例：0.5,-1（それぞれ最大 10）。</translation>
        </message>
        <message>
            <source>bleed: the category band runs 1.5 mm past the label's edges where the sheet has room; inset: it keeps a white margin inside them (default: bleed when every label has room).</source>
            <translation>bleed：区分の帯を、用紙に余裕がある所でラベルの端から 1.5 mm はみ出させます。inset：端の内側に白い余白を残します（既定：すべてのラベルに余裕があれば bleed）。</translation>
        </message>
        <message>
            <source>EDGE</source>
            <translation>端</translation>
        </message>
        <message>
            <source>--band is bleed or inset, not “%1”.</source>
            <translation>--band には bleed または inset を指定してください（指定は「%1」）。</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>Write the name badges of a seminar on label sheets to a PDF file, or print them.</source>
            <translation>セミナーの名札をラベル用紙に配置して PDF ファイルに書き出すか、印刷します。</translation>
        </message>
        <message>
            <source>Printed the calibration page of %1.</source>
            <translation>%1 の位置調整ページを印刷しました。</translation>
        </message>
        <message numerus="yes">
            <source>Printed %n badge(s) on %1 sheet(s) of %2.</source>
            <translation>
                <numerusform>名札 %n 枚（%2、用紙 %1 枚）を印刷しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoothEditor</name>
        <message>
            <source>Interpretation Booth</source>
            <translation>通訳ブース</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>Receiver &amp;channel:</source>
            <translation>レシーバーのチャンネル(&amp;C):</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>備考(&amp;O):</translation>
        </message>
        <message>
            <source>Interpreters</source>
            <translation>通訳者</translation>
        </message>
        <message>
            <source>&amp;Add Interpreter</source>
            <translation>通訳者を追加(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;move Interpreter</source>
            <translation>通訳者を削除(&amp;M)</translation>
        </message>
        <message>
            <source>The contact book has no one to choose as an interpreter yet. Add an interpreter to it with New Interpreter.</source>
            <translation>アドレス帳に、通訳者として選べる人がまだいません。[新しい通訳者] でアドレス帳に追加してください。</translation>
        </message>
        <message>
            <source>Adds a person to the contact book and gives them a shift in this booth.</source>
            <translation>アドレス帳に人を追加し、このブースの担当時間を割り当てます。</translation>
        </message>
        <message>
            <source>New In&amp;terpreter…</source>
            <translation>新しい通訳者(&amp;T)…</translation>
        </message>
        <message>
            <source>Fills the table with turns for the programme: the interpreters in it take turns, or, with none, this booth's share of the seminar's interpreters.</source>
            <translation>プログラムに合わせて担当時間を表に入れます。表の通訳者が交代で担当し、表が空のときはセミナーの通訳者のうちこのブースの分担の人が担当します。</translation>
        </message>
        <message>
            <source>&amp;Propose Rota</source>
            <translation>交代表を提案(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>BoothPage</name>
        <message>
            <source>Rota</source>
            <translation>交代表</translation>
        </message>
        <message>
            <source>A page a booth for the interpreters and the technician: the rota, the programme and whom to call.</source>
            <translation>ブースごとに 1 ページ、通訳者と技術担当者のための交代表・プログラム・連絡先です。</translation>
        </message>
        <message>
            <source>Boo&amp;th Sheet…</source>
            <translation>ブースシート(&amp;T)…</translation>
        </message>
    </context>
    <context>
        <name>BoothSheet</name>
        <message>
            <source>Channel 0 (floor)</source>
            <translation>チャンネル 0（フロア）</translation>
        </message>
        <message>
            <source>Channel %1</source>
            <translation>チャンネル %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Booth sheet</source>
            <translation>ブースシート</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>会場</translation>
        </message>
        <message>
            <source>Rota</source>
            <translation>交代表</translation>
        </message>
        <message>
            <source>No turns are planned for this booth yet.</source>
            <translation>このブースの担当時間はまだ決まっていません。</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>プログラム</translation>
        </message>
        <message>
            <source>The seminar has no programme yet.</source>
            <translation>このセミナーにはまだプログラムがありません。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Spoken in</source>
            <translation>使用言語</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>通訳者</translation>
        </message>
        <message>
            <source>Venue and technician</source>
            <translation>会場・技術担当</translation>
        </message>
        <message>
            <source>No interpreter or venue contact is set.</source>
            <translation>通訳者も会場の連絡先も登録されていません。</translation>
        </message>
        <message>
            <source>The seminar “%1” has no interpretation booths: add them on the Booths page first.</source>
            <translation>セミナー「%1」には通訳ブースがありません。先に「ブース」ページでブースを追加してください。</translation>
        </message>
        <message>
            <source>Could not start painting the booth sheet.</source>
            <translation>ブースシートの描画を開始できませんでした。</translation>
        </message>
        <message>
            <source>Could not finish painting the booth sheet.</source>
            <translation>ブースシートの描画を完了できませんでした。</translation>
        </message>
        <message>
            <source>Booth sheet: %1</source>
            <translation>ブースシート：%1</translation>
        </message>
        <message>
            <source>The booth sheet of “%1” does not fit on one page, even in small type: print it in one language, or shorten the programme.</source>
            <translation>「%1」のブースシートは、文字を小さくしても 1 ページに収まりません。1 言語で印刷するか、プログラムを短くしてください。</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備考</translation>
        </message>
    </context>
    <context>
        <name>BoothSheetCommand</name>
        <message>
            <source>Write the booth sheet of a seminar (a page a booth: rota, programme, phone numbers) to a PDF file, or print it.</source>
            <translation>セミナーのブースシート（ブースごとに 1 ページ：交代表、プログラム、電話番号）を PDF ファイルに書き出すか、印刷します。</translation>
        </message>
        <message>
            <source>The sheet's language: ja, en or both (default).</source>
            <translation>シートの言語：ja、en または both（既定）。</translation>
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation>LANGUAGE</translation>
        </message>
        <message>
            <source>--language is ja, en or both, not “%1”.</source>
            <translation>--language には ja、en、both のいずれかを指定してください（「%1」は指定できません）。</translation>
        </message>
        <message numerus="yes">
            <source>Printed the booth sheet of “%1”: %n page(s), one a booth.</source>
            <translation>
                <numerusform>「%1」のブースシートを印刷しました：%n ページ（ブースごとに 1 ページ）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote the booth sheet of “%1” to %2: %n page(s), one a booth.</source>
            <translation>
                <numerusform>「%1」のブースシートを %2 に書き出しました：%n ページ（ブースごとに 1 ページ）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoothSheetDialog</name>
        <message>
            <source>Booth Sheet</source>
            <translation>ブースシート</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>PDF として保存(&amp;D)…</translation>
        </message>
    </context>
    <context>
        <name>BoothStore</name>
        <message>
            <source>A booth needs a name.</source>
            <translation>ブースの名称を入力してください。</translation>
        </message>
        <message>
            <source>The receiver channel must be 1 or more.</source>
            <translation>レシーバーのチャンネルは 1 以上にしてください。</translation>
        </message>
        <message>
            <source>Receiver channel %1 is already used by the booth “%2”.</source>
            <translation>レシーバーのチャンネル %1 はブース「%2」で使用中です。別のチャンネルを選んでください。</translation>
        </message>
        <message>
            <source>A shift needs an interpreter.</source>
            <translation>担当時間の通訳者を選んでください。</translation>
        </message>
        <message>
            <source>A shift needs a start and an end.</source>
            <translation>担当時間の開始と終了を入力してください。</translation>
        </message>
        <message>
            <source>A shift must end after it starts.</source>
            <translation>担当時間の終了は開始より後にしてください。</translation>
        </message>
        <message>
            <source>Receiver channel %1 is already used by another booth of this seminar.</source>
            <translation>レシーバーのチャンネル %1 はこのセミナーの別のブースで使用中です。別のチャンネルを選んでください。</translation>
        </message>
        <message>
            <source>Could not save the booth “%1”: %2</source>
            <translation>ブース「%1」を保存できませんでした: %2</translation>
        </message>
        <message>
            <source>The booth no longer exists.</source>
            <translation>このブースは削除されています。</translation>
        </message>
        <message>
            <source>Could not delete the booth: %1</source>
            <translation>ブースを削除できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not restore the interpreter's shift: %1</source>
            <translation>通訳者の担当時間を復元できませんでした: %1</translation>
        </message>
        <message>
            <source>There is no booth with the number %1.</source>
            <translation>ID %1 のブースは見つかりません。</translation>
        </message>
        <message>
            <source>Could not save the interpreter's shift: %1</source>
            <translation>通訳者の担当時間を保存できませんでした: %1</translation>
        </message>
        <message>
            <source>The shift no longer exists.</source>
            <translation>この担当時間は削除されています。</translation>
        </message>
        <message>
            <source>Could not read the booths: %1</source>
            <translation>ブースを読み込めませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>CheckCommand</name>
        <message>
            <source>Check a database file for damage and broken references, changing nothing.</source>
            <translation>データベースファイルに破損や壊れた参照がないかを、何も変更せずに確認します。</translation>
        </message>
        <message>
            <source>seminar-desk check: name the database with --db FILE.</source>
            <translation>seminar-desk check: --db FILE でデータベースを指定してください。</translation>
        </message>
        <message>
            <source>“%1” is sound: SQLite's integrity check and its check of every reference found nothing wrong (data version %2).</source>
            <translation>「%1」は正常です: SQLite の整合性チェックとすべての参照のチェックで問題は見つかりませんでした (データバージョン %2)。</translation>
        </message>
        <message numerus="yes">
            <source>“%1” has %n problem(s):</source>
            <translation>
                <numerusform>「%1」に %n 件の問題があります:</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore a copy you saved (File ▸ Save a Backup Copy As), and keep the damaged file for now.</source>
            <translation>保存しておいたコピー ([ファイル] ▸ [名前を付けてバックアップを保存]) から復元してください。破損したファイルはしばらく残しておいてください。</translation>
        </message>
        <message>
            <source>Restore the backup copy “%1” (check it first: seminar-desk check --db “%1”), and keep the damaged file for now.</source>
            <translation>バックアップ「%1」から復元してください (先に seminar-desk check --db 「%1」で確認してください)。破損したファイルはしばらく残しておいてください。</translation>
        </message>
        <message>
            <source>seminar-desk check: checks SQLite database files. “%1” is a database on a PostgreSQL server, which keeps every reference itself and has no file of ours to damage; its administrator checks its storage with the server's own pg_amcheck.</source>
            <translation>seminar-desk check: このコマンドは SQLite のデータベースファイルを検査します。「%1」は PostgreSQL サーバー上のデータベースで、参照の整合性はサーバー自身が保ち、検査するファイルはありません。サーバーの記憶領域の検査は、管理者がサーバーの pg_amcheck で行ってください。</translation>
        </message>
    </context>
    <context>
        <name>CheckInAnswer</name>
        <message>
            <source>%1 had cancelled: registered again and checked in.</source>
            <translation>%1 さんはキャンセル済みでした。申込を戻して受付しました。</translation>
        </message>
        <message>
            <source>%1 was on the waiting list: registered and checked in.</source>
            <translation>%1 さんはキャンセル待ちでした。申込済みにして受付しました。</translation>
        </message>
        <message>
            <source>%1 registered at the door and checked in.</source>
            <translation>%1 さんを当日登録して受付しました。</translation>
        </message>
        <message>
            <source>%1 checked in.</source>
            <translation>%1 さんを受付しました。</translation>
        </message>
        <message>
            <source>%1 is already checked in (%2).</source>
            <translation>%1 さんは受付済みです（%2）。</translation>
        </message>
        <message>
            <source>%1 is already checked in: at %2 at %3.</source>
            <translation>%1 さんは受付済みです（%2、%3）。</translation>
        </message>
        <message>
            <source>%1 cancelled their registration.</source>
            <translation>%1 さんの申込はキャンセル済みです。</translation>
        </message>
        <message>
            <source>%1 is on the waiting list.</source>
            <translation>%1 さんはキャンセル待ちです。</translation>
        </message>
        <message>
            <source>%1 is not registered for this seminar.</source>
            <translation>%1 さんはこのセミナーに申し込んでいません。</translation>
        </message>
        <message>
            <source>This badge is for another seminar (“%1”); %2 is not registered for this one.</source>
            <translation>別のセミナー（「%1」）の名札です。%2 さんはこのセミナーに申し込んでいません。</translation>
        </message>
        <message>
            <source>No one has the check-in code “%1”.</source>
            <translation>受付コード「%1」の申込はありません。コードを確認してください。</translation>
        </message>
        <message>
            <source>The check-in of %1 is undone.</source>
            <translation>%1 さんの受付を取り消しました。</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>受付済み</translation>
        </message>
        <message>
            <source>Already checked in</source>
            <translation>受付済み（重複）</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>キャンセル済み</translation>
        </message>
        <message>
            <source>Waitlisted</source>
            <translation>キャンセル待ち</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>申込なし</translation>
        </message>
        <message>
            <source>Another seminar's badge</source>
            <translation>別セミナーの名札</translation>
        </message>
        <message>
            <source>Unknown code</source>
            <translation>不明なコード</translation>
        </message>
        <message>
            <source>Check-in undone</source>
            <translation>受付取消</translation>
        </message>
    </context>
    <context>
        <name>CheckInCommand</name>
        <message>
            <source>Code</source>
            <translation>受付コード</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Check people in at the door: by check-in code or name, walk-ins, undo; or show the counts.</source>
            <translation>当日の受付: 受付コードまたは氏名で受付、当日登録、取消、人数の表示。</translation>
        </message>
        <message>
            <source>The check-in code on the badge (SD-…), as scanned or typed.</source>
            <translation>名札の受付コード（SD-…）。読み取ったまま、または入力したまま。</translation>
        </message>
        <message>
            <source>Check in by name (kanji, kana or Latin letters) instead of a code.</source>
            <translation>コードの代わりに氏名（漢字・かな・ローマ字）で受付します。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>Take back the check-in of CODE or --name.</source>
            <translation>CODE または --name の受付を取り消します。</translation>
        </message>
        <message>
            <source>Register someone cancelled, waitlisted or not registered for this seminar, and check them in.</source>
            <translation>キャンセル済み・キャンセル待ち・申込のない人を申込済みにして受付します。</translation>
        </message>
        <message>
            <source>Register someone at the door and check them in.</source>
            <translation>当日登録して受付します。</translation>
        </message>
        <message>
            <source>Walk-in: family name.</source>
            <translation>当日登録: 姓。</translation>
        </message>
        <message>
            <source>F</source>
            <translation>F</translation>
        </message>
        <message>
            <source>Walk-in: given name.</source>
            <translation>当日登録: 名。</translation>
        </message>
        <message>
            <source>G</source>
            <translation>G</translation>
        </message>
        <message>
            <source>Walk-in: reading in kana, family then given name.</source>
            <translation>当日登録: フリガナ（セイ、メイの順）。</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Walk-in: organisation.</source>
            <translation>当日登録: 所属。</translation>
        </message>
        <message>
            <source>O</source>
            <translation>O</translation>
        </message>
        <message>
            <source>Walk-in: e-mail address.</source>
            <translation>当日登録: メールアドレス。</translation>
        </message>
        <message>
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <source>Walk-in: %1 (default: participant).</source>
            <translation>当日登録: %1（既定値: participant）。</translation>
        </message>
        <message>
            <source>C</source>
            <translation>C</translation>
        </message>
        <message>
            <source>Walk-in: needs an interpretation receiver.</source>
            <translation>当日登録: 通訳レシーバーが必要。</translation>
        </message>
        <message>
            <source>Walk-in: register this attendee of the database (as the list of people with that name shows).</source>
            <translation>当日登録: データベースのこの参加者を登録します（同じ氏名の人の一覧に表示される ID）。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Walk-in: add a new person even though one of that name or e-mail is in the database.</source>
            <translation>当日登録: 同じ氏名またはメールアドレスの人がいても新しい人として追加します。</translation>
        </message>
        <message>
            <source>Print expected, checked in, walk-ins, not yet arrived and receivers out.</source>
            <translation>来場予定、受付済み、当日登録、未着、レシーバー貸出中の人数を表示します。</translation>
        </message>
        <message>
            <source>With --counts: one line per category.</source>
            <translation>--counts と一緒に: 区分ごとに 1 行。</translation>
        </message>
        <message>
            <source>seminar-desk checkin: give one check-in code, or --name TEXT, --walk-in or --counts.</source>
            <translation>seminar-desk checkin: 受付コードを 1 つ、または --name TEXT、--walk-in、--counts のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>seminar-desk checkin: a walk-in needs --walk-in and --family; the other walk-in options go with them.</source>
            <translation>seminar-desk checkin: 当日登録には --walk-in と --family を指定してください。当日登録のほかのオプションはこれらと一緒に指定してください。</translation>
        </message>
        <message>
            <source>seminar-desk checkin: --undo and --register go with a code or --name.</source>
            <translation>seminar-desk checkin: --undo と --register は受付コードまたは --name と一緒に指定してください。</translation>
        </message>
        <message numerus="yes">
            <source>%n people match “%1”: give more of the name, or the check-in code.</source>
            <translation>
                <numerusform>「%1」に当てはまる人が %n 名います。氏名をもっと詳しく入力するか、受付コードを指定してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>No one matches “%1”.</source>
            <translation>「%1」に当てはまる人はいません。</translation>
        </message>
        <message>
            <source>No one registered for this seminar matches “%1”.</source>
            <translation>このセミナーの申込者に「%1」に当てはまる人はいません。</translation>
        </message>
        <message>
            <source>--category is %1, not “%2”.</source>
            <translation>--category には %1 のいずれかを指定してください (「%2」は指定できません)。</translation>
        </message>
        <message>
            <source>Already in the database with that name or e-mail: register one of them with --existing ID, or add a new person with --new.</source>
            <translation>同じ氏名またはメールアドレスの人がデータベースにいます。--existing ID でその人を登録するか、--new で新しい人として追加してください。</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>来場予定</translation>
        </message>
        <message>
            <source>Checked in</source>
            <translation>受付日時</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>当日登録</translation>
        </message>
        <message>
            <source>Not yet arrived</source>
            <translation>未着</translation>
        </message>
        <message>
            <source>Receivers out</source>
            <translation>レシーバー貸出中</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全体</translation>
        </message>
        <message>
            <source>Desk</source>
            <translation>受付</translation>
        </message>
        <message>
            <source>Run again with --register to register them for this seminar and check them in.</source>
            <translation>このセミナーに申込済みにして受付するには、--register を付けてもう一度実行してください。</translation>
        </message>
        <message>
            <source>Checked in at</source>
            <translation>受付日時</translation>
        </message>
    </context>
    <context>
        <name>CheckInDesk</name>
        <message>
            <source>%1 was changed at another desk meanwhile: the check-in is not made again.</source>
            <translation>%1 さんの申込はその間にほかの受付で変更されました。受付はやり直されません。</translation>
        </message>
        <message>
            <source>%1 has a receiver: take it back first.</source>
            <translation>%1 さんはレシーバーを借りています。先に返却を受けてください。</translation>
        </message>
        <message>
            <source>%1 is no longer checked in: nothing to undo.</source>
            <translation>%1 さんはもう受付済みではありません。取り消す受付はありません。</translation>
        </message>
        <message>
            <source>The registration %1 is for another seminar.</source>
            <translation>申込 %1 は別のセミナーのものです。</translation>
        </message>
        <message>
            <source>Only someone cancelled, waitlisted or not registered can be registered at the door.</source>
            <translation>当日に申込済みにできるのは、キャンセル済み・キャンセル待ち・申込のない人だけです。</translation>
        </message>
        <message>
            <source>%1 could not be checked in: the registration changed.</source>
            <translation>%1 さんを受付できませんでした。申込が変更されています。もう一度受付してください。</translation>
        </message>
        <message>
            <source>Walk-in “%1”</source>
            <translation>当日登録「%1」</translation>
        </message>
        <message>
            <source>Check In “%1”</source>
            <translation>受付「%1」</translation>
        </message>
        <message>
            <source>No one registered for this seminar has the check-in code “%1”.</source>
            <translation>このセミナーに受付コード「%1」の申込はありません。コードを確認してください。</translation>
        </message>
        <message>
            <source>%1 is not checked in: nothing to undo.</source>
            <translation>%1 さんは受付済みではありません。取り消す受付はありません。</translation>
        </message>
        <message>
            <source>%1 was not checked in at a desk: change their status in their form instead.</source>
            <translation>%1 さんは受付で受付されたのではありません。参加者の編集画面で状態を変更してください。</translation>
        </message>
        <message>
            <source>Undo Check-in of “%1”</source>
            <translation>「%1」の受付の取消</translation>
        </message>
    </context>
    <context>
        <name>CheckInLogEntry</name>
        <message>
            <source>Checked in</source>
            <translation>受付</translation>
        </message>
        <message>
            <source>Walk-in</source>
            <translation>当日登録</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Receiver issued</source>
            <translation>レシーバー貸出</translation>
        </message>
        <message>
            <source>Receiver returned</source>
            <translation>レシーバー返却</translation>
        </message>
    </context>
    <context>
        <name>CheckInLogStore</name>
        <message>
            <source>Could not write the check-in log: %1</source>
            <translation>受付記録を書き込めませんでした: %1</translation>
        </message>
        <message>
            <source>Could not restore the check-in log: %1</source>
            <translation>受付記録を元に戻せませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>CheckInPanel</name>
        <message>
            <source>Per Category (F7)</source>
            <translation>区分別 (F7)</translation>
        </message>
        <message>
            <source>Scan a badge, or type a name, its reading or a check-in code</source>
            <translation>名札をスキャンするか、氏名・フリガナ・受付コードを入力してください</translation>
        </message>
        <message>
            <source>Deposit:</source>
            <translation>預かり物:</translation>
        </message>
        <message>
            <source>Receiver number:</source>
            <translation>レシーバー番号:</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>任意</translation>
        </message>
        <message>
            <source>Issue Receiver (F3)</source>
            <translation>レシーバー貸出 (F3)</translation>
        </message>
        <message>
            <source>Return Mode (F4)</source>
            <translation>返却モード (F4)</translation>
        </message>
        <message>
            <source>Register Here and Check In (F2)</source>
            <translation>この場で申込して受付 (F2)</translation>
        </message>
        <message>
            <source>Walk-in… (F5)</source>
            <translation>当日登録… (F5)</translation>
        </message>
        <message>
            <source>Undo Last (Ctrl+Z)</source>
            <translation>直前の操作を取消 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Door Mode (F11)</source>
            <translation>入口モード (F11)</translation>
        </message>
        <message>
            <source>Receiver Inventor&amp;y…</source>
            <translation>レシーバーの台数(&amp;Y)…</translation>
        </message>
        <message>
            <source>Badge Left at Home (F6)</source>
            <translation>名札の再印刷 (F6)</translation>
        </message>
        <message>
            <source>Badge Printing… (F9)</source>
            <translation>名札の印刷設定… (F9)</translation>
        </message>
    </context>
    <context>
        <name>Command</name>
        <message>
            <source>Show this help and exit.</source>
            <translation>このヘルプを表示して終了します。</translation>
        </message>
        <message>
            <source>seminar-desk %1: %2</source>
            <translation>seminar-desk %1: %2</translation>
        </message>
        <message>
            <source>--%1 needs a number such as 1, not “%2”.</source>
            <translation>--%1 には 1 などの数値を指定してください（「%2」は指定できません）。</translation>
        </message>
        <message>
            <source>The database: a file, or postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE] on a PostgreSQL server, its password from PGPASSWORD or ~/.pgpass (default: %1).</source>
            <translation>データベース: ファイル、または PostgreSQL サーバー上の postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]（パスワードは PGPASSWORD または ~/.pgpass から）（既定: %1）。</translation>
        </message>
        <message>
            <source>FILE|URL</source>
            <translation>FILE|URL</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>
Run “seminar-desk COMMAND --help” for a command's options.</source>
            <translation>
各コマンドのオプションは「seminar-desk COMMAND --help」で表示できます。</translation>
        </message>
        <message>
            <source>seminar-desk: “%1” is not a command. Run “seminar-desk --help” for the list.</source>
            <translation>seminar-desk: 「%1」というコマンドはありません。一覧は「seminar-desk --help」で表示できます。</translation>
        </message>
        <message>
            <source>Usage: seminar-desk [--db FILE|URL]
       seminar-desk COMMAND [OPTIONS]

Without a command, opens the desk's window on FILE, on the database at URL on a PostgreSQL server (postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]; the password from PGPASSWORD or ~/.pgpass, or typed in the window), or on the default database (%1).

Commands:
</source>
            <translation>使い方: seminar-desk [--db FILE|URL]
        seminar-desk COMMAND [OPTIONS]

コマンドを指定しないと、FILE、PostgreSQL サーバー上の URL のデータベース（postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]。パスワードは PGPASSWORD または ~/.pgpass から、またはウィンドウで入力）、または既定のデータベース（%1）でウィンドウを開きます。

コマンド:
</translation>
        </message>
    </context>
    <context>
        <name>Contact</name>
        <message>
            <source>Enquiries</source>
            <translation>問い合わせ先</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>主催者</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>会場</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>通訳者</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>協力</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>報道</translation>
        </message>
        <message>
            <source>Co-organiser</source>
            <translation>共催</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>後援</translation>
        </message>
    </context>
    <context>
        <name>ContactBookPage</name>
        <message>
            <source>Search the contact book</source>
            <translation>アドレス帳を検索</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Contact</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>種別(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>氏名・名称(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Reading:</source>
            <translation>フリガナ(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Job title:</source>
            <translation>役職(&amp;J):</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>所属(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Postal code:</source>
            <translation>郵便番号(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>住所(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Telephone:</source>
            <translation>電話番号(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Fax:</source>
            <translation>FAX(&amp;F):</translation>
        </message>
        <message>
            <source>E-&amp;mail:</source>
            <translation>メールアドレス(&amp;M):</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>備考(&amp;E):</translation>
        </message>
        <message>
            <source>Name in &amp;Latin script:</source>
            <translation>ローマ字氏名(&amp;L):</translation>
        </message>
        <message>
            <source>Address in En&amp;glish:</source>
            <translation>英語の住所(&amp;G):</translation>
        </message>
    </context>
    <context>
        <name>ContactStore</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>氏名または名称を入力してください。</translation>
        </message>
        <message>
            <source>“%1” is not an e-mail address.</source>
            <translation>「%1」はメールアドレスとして正しくありません。確認してください。</translation>
        </message>
        <message>
            <source>Could not save the contact “%1”: %2</source>
            <translation>連絡先「%1」を保存できませんでした: %2</translation>
        </message>
        <message>
            <source>The contact no longer exists.</source>
            <translation>この連絡先は削除されています。</translation>
        </message>
        <message>
            <source>Could not delete the contact: %1</source>
            <translation>連絡先を削除できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not restore the contact “%1”: %2</source>
            <translation>連絡先「%1」を復元できませんでした: %2</translation>
        </message>
        <message>
            <source>There is no contact with the number %1.</source>
            <translation>ID %1 の連絡先は見つかりません。</translation>
        </message>
        <message>
            <source>Could not link the contact to the seminar: %1</source>
            <translation>連絡先をセミナーに関連付けられませんでした: %1</translation>
        </message>
        <message>
            <source>The contact is no longer linked to the seminar.</source>
            <translation>この連絡先とセミナーの関連付けは解除されています。</translation>
        </message>
    </context>
    <context>
        <name>CopyDatabaseCommand</name>
        <message>
            <source>Copy a whole database between an SQLite file and an empty PostgreSQL database, and check the copy.</source>
            <translation>データベース全体を SQLite ファイルと空の PostgreSQL データベースとの間でコピーし、コピーを検査します。</translation>
        </message>
        <message>
            <source>The database copied: a file or a postgresql:// address.</source>
            <translation>コピー元のデータベース: ファイルまたは postgresql:// アドレス。</translation>
        </message>
        <message>
            <source>The copy: a new file, or an empty database named by a postgresql:// address.</source>
            <translation>コピー先: 新しいファイル、または postgresql:// アドレスで指定する空のデータベース。</translation>
        </message>
        <message>
            <source>seminar-desk copy-db: name the database to copy and where the copy goes: copy-db FROM TO.</source>
            <translation>seminar-desk copy-db: コピー元とコピー先のデータベースを指定してください: copy-db FROM TO</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n row(s) of the table %1.</source>
            <translation>
                <numerusform>表 %1 の %n 行をコピーしました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied “%1” into “%2”: %3 tables, %4 rows, checked.</source>
            <translation>「%1」を「%2」にコピーし、検査しました: %3 表、%4 行。</translation>
        </message>
    </context>
    <context>
        <name>CopyOutStatement</name>
        <message>
            <source>A statement that reads rows cannot insert one.</source>
            <translation>行を読み出す文では行を追加できません。</translation>
        </message>
        <message>
            <source>A large read takes whole numbers for its values only (value %1).</source>
            <translation>大量の読み出しに渡せる値は整数だけです（%1 番目の値）。</translation>
        </message>
        <message>
            <source>The database connection is not a PostgreSQL one.</source>
            <translation>データベースへの接続が PostgreSQL のものではありません。</translation>
        </message>
    </context>
    <context>
        <name>CopyStatement</name>
        <message>
            <source>The text “%1” holds a NUL character (U+0000), which the database server cannot store.</source>
            <translation>文字列「%1」には NUL 文字（U+0000）が含まれており、データベースサーバーに保存できません。</translation>
        </message>
        <message>
            <source>The database connection is not a PostgreSQL one.</source>
            <translation>このデータベース接続は PostgreSQL の接続ではありません。</translation>
        </message>
        <message>
            <source>Could not write the rows of “%1”: %2</source>
            <translation>「%1」の行を書き込めませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>CsvColumn</name>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>姓</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>名</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Family name reading</source>
            <translation>セイ</translation>
        </message>
        <message>
            <source>Given name reading</source>
            <translation>メイ</translation>
        </message>
        <message>
            <source>Name in Latin script</source>
            <translation>ローマ字氏名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>役職</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国・地域</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>希望言語</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Check-in code</source>
            <translation>受付コード</translation>
        </message>
        <message>
            <source>Receiver needed</source>
            <translation>レシーバー要否</translation>
        </message>
        <message>
            <source>Registered at</source>
            <translation>申込日時</translation>
        </message>
        <message>
            <source>Checked in at</source>
            <translation>受付日時</translation>
        </message>
        <message>
            <source>Badge printed at</source>
            <translation>名札印刷日時</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>申込経路</translation>
        </message>
        <message>
            <source>Name on the badge</source>
            <translation>名札表示名</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Attendee ID</source>
            <translation>参加者ID</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>受付</translation>
        </message>
    </context>
    <context>
        <name>CsvEncoding</name>
        <message>
            <source>UTF-8 with BOM (Excel)</source>
            <translation>UTF-8（BOM 付き、Excel 用）</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>Shift_JIS (CP932, Japanese Windows)</source>
            <translation>Shift_JIS（CP932、日本語版 Windows）</translation>
        </message>
        <message>
            <source>Western European (Windows-1252, Latin-1)</source>
            <translation>西欧言語 (Windows-1252、Latin-1)</translation>
        </message>
        <message>
            <source>UTF-16 little endian (Excel “Unicode text”)</source>
            <translation>UTF-16 リトルエンディアン (Excel の「Unicode テキスト」)</translation>
        </message>
        <message>
            <source>UTF-16 big endian</source>
            <translation>UTF-16 ビッグエンディアン</translation>
        </message>
    </context>
    <context>
        <name>CsvExporter</name>
        <message>
            <source>Row %1, column “%2”: the character “%3” (U+%4) has no Shift_JIS (CP932) form. Change it, or export as UTF-8. Nothing was written.</source>
            <translation>%1 行目、「%2」列: 文字「%3」（U+%4）は Shift_JIS（CP932）で表せません。この文字を変更するか、UTF-8 でエクスポートしてください。ファイルは書き込まれていません。</translation>
        </message>
        <message>
            <source>Row %1 cannot be written in Shift_JIS (CP932). Nothing was written.</source>
            <translation>%1 行目は Shift_JIS（CP932）で書き込めません。UTF-8 でエクスポートしてください。ファイルは書き込まれていません。</translation>
        </message>
    </context>
    <context>
        <name>CsvImporter</name>
        <message>
            <source>Could not read “%1”: %2</source>
            <translation>「%1」を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>“%1” is empty: a CSV file with a header line is needed.</source>
            <translation>「%1」は空です。見出し行のある CSV ファイルを選んでください。</translation>
        </message>
        <message>
            <source>“%1” is not a category; use one of: %2.</source>
            <translation>「%1」という区分はありません。%2 のいずれかを使用してください。</translation>
        </message>
        <message>
            <source>“%1” is not a registration status.</source>
            <translation>「%1」という状態はありません。申込済み、キャンセル待ち、キャンセル済み、出席のいずれかにしてください。</translation>
        </message>
        <message>
            <source>Line %1 has %2 fields but the header has %3.</source>
            <translation>%1 行目の項目数は %2 ですが、見出し行の項目数は %3 です。</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>%1 行目: %2</translation>
        </message>
        <message>
            <source>%1: %2, %3, %4, %5.</source>
            <translation>%1: %2、%3、%4、%5。</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new attendee(s)</source>
            <translation>
                <numerusform>新しい参加者 %n 名</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stored attendee(s) completed</source>
            <translation>
                <numerusform>既存の参加者 %n 名を補完</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n registration(s)</source>
            <translation>
                <numerusform>申込 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s) merged</source>
            <translation>
                <numerusform>重複 %n 件を統合</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>「%1」</translation>
        </message>
        <message>
            <source>The columns %1 would all fill the field “%2”: say which one to import, and map the others to “%3” (--mapping).</source>
            <translation>列 %1 がどれも「%2」になります。インポートする列を 1 つ決め、ほかの列は --mapping で「%3」に対応付けてください。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>%1 行目</translation>
        </message>
        <message>
            <source>%1 (already stored)</source>
            <translation>%1 (登録済み)</translation>
        </message>
        <message>
            <source>Line %1: the same e-mail as %2, but a different name: imported as another person.</source>
            <translation>%1 行目: %2 と同じメールアドレスですが、氏名が異なるため別の人としてインポートします。</translation>
        </message>
        <message>
            <source>“%1” is not an Excel workbook: it has no sheets to choose from.</source>
            <translation>「%1」は Excel ブックではないため、シートを選べません。--sheet を付けずに実行してください。</translation>
        </message>
        <message>
            <source>The sheet “%1” of “%2” is empty: a header row is needed.</source>
            <translation>「%2」のシート「%1」は空です。見出し行のあるシートが必要です。</translation>
        </message>
        <message>
            <source>Importing registrations… row %L1</source>
            <translation>申込をインポートしています… %L1 行目</translation>
        </message>
        <message>
            <source>Reading registrations… row %L1</source>
            <translation>申込を確認しています… %L1 行目</translation>
        </message>
    </context>
    <context>
        <name>CsvInput</name>
        <message>
            <source>Could not read “%1”: %2</source>
            <translation>「%1」を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>Could not keep a copy of “%1” to import: %2</source>
            <translation>インポートする「%1」の写しを保存できませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>Line %1: %2</source>
            <translation>%1 行目: %2</translation>
        </message>
        <message>
            <source>the file could not be read: %1</source>
            <translation>ファイルを読み込めませんでした: %1</translation>
        </message>
        <message>
            <source>the file holds binary data (a NUL byte), not text: is it really a CSV file?</source>
            <translation>ファイルにテキストではないデータ（NUL バイト）が含まれています。CSV ファイルではない可能性があります。ファイルを確認してください。</translation>
        </message>
        <message>
            <source>the bytes are not valid %1 text; choose the file's encoding.</source>
            <translation>%1 のテキストとして正しくありません。ファイルの文字コードを選択してください。</translation>
        </message>
        <message>
            <source>a quoted field is never closed (its closing " is missing).</source>
            <translation>引用符で囲まれた項目が閉じられていません（閉じる " がありません）。ファイルを確認してください。</translation>
        </message>
        <message>
            <source>the row is far longer than the others (more than %1 characters): a quote left open, or not a CSV file.</source>
            <translation>この行はほかの行より極端に長くなっています（%1 文字超）。引用符が閉じられていないか、CSV ファイルではない可能性があります。ファイルを確認してください。</translation>
        </message>
        <message>
            <source>the bytes are not valid %1 text. Is the file Western European (windows-1252)? Choose the file's encoding.</source>
            <translation>%1 のテキストとして正しくありません。西欧言語 (windows-1252) のファイルではありませんか。ファイルの文字コードを選択してください。</translation>
        </message>
        <message>
            <source>“%1” is not Japanese text: the file seems to be Western European (windows-1252), not Shift_JIS. Choose the encoding windows-1252, or shift_jis if the file really is Japanese.</source>
            <translation>「%1」は日本語のテキストではありません。このファイルは Shift_JIS ではなく西欧言語 (windows-1252) のようです。文字コードに windows-1252 を選択してください。本当に日本語のファイルなら shift_jis を選択してください。</translation>
        </message>
        <message>
            <source>the file ends in the middle of a character: the bytes are not valid %1 text; choose the file's encoding.</source>
            <translation>ファイルが文字の途中で終わっています。%1 のテキストとして正しくありません。ファイルの文字コードを選択してください。</translation>
        </message>
        <message>
            <source>a quote inside a quoted field must be doubled ("") or end the field; here it is followed by “%1”.</source>
            <translation>引用符で囲まれた項目の中の引用符は 2 つ重ねる ("") か、項目の終わりに置いてください。ここでは後に「%1」が続いています。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>Could not open “%1”: %2</source>
            <translation>「%1」を開けませんでした: %2</translation>
        </message>
        <message>
            <source>Could not prepare “%1”: %2</source>
            <translation>「%1」を準備できませんでした: %2</translation>
        </message>
        <message>
            <source>Migration %1 is missing from this program.</source>
            <translation>このプログラムにはデータ移行 %1 が含まれていません。</translation>
        </message>
        <message>
            <source>Could not upgrade “%1” to data version %2: %3</source>
            <translation>「%1」をデータバージョン %2 に更新できませんでした: %3</translation>
        </message>
        <message>
            <source>Could not write a copy to “%1”: %2</source>
            <translation>「%1」にコピーを書き込めませんでした: %2</translation>
        </message>
        <message>
            <source>“%1” does not exist. Check the name, or create a new database (File ▸ New Database, or seminar-desk demo FILE).</source>
            <translation>「%1」はありません。名前を確認するか、新しいデータベースを作成してください（ファイル ▸ 新しいデータベース、または seminar-desk demo FILE）。</translation>
        </message>
        <message>
            <source>“%1” already exists; a new database is only made as a new file.</source>
            <translation>「%1」はすでにあります。新しいデータベースは新しいファイルにだけ作成します。別の名前を指定してください。</translation>
        </message>
        <message>
            <source>Before upgrading “%1” a backup copy must be kept, and it could not be: %2 The database was left as it was.</source>
            <translation>「%1」を更新する前にバックアップを作成する必要がありますが、作成できませんでした: %2 データベースは元のままです。</translation>
        </message>
        <message>
            <source>“%1” was upgraded from data version %2 to %3; a copy of it as it was is kept in “%4”.</source>
            <translation>「%1」をデータバージョン %2 から %3 に更新しました。更新前のコピーを「%4」に保存しています。</translation>
        </message>
        <message>
            <source>Could not clear the journal of “%1”: %2</source>
            <translation>「%1」のジャーナルを空にできませんでした: %2</translation>
        </message>
        <message>
            <source>Another program is reading “%1”: its journal “%2” keeps the pages as they were until that program closes the database.</source>
            <translation>別のプログラムが「%1」を読み込んでいます。そのプログラムがデータベースを閉じるまで、ジャーナル「%2」に変更前のページが残ります。</translation>
        </message>
        <message>
            <source>Could not finish “%1”: its journal could not be written back into it. Check that the disk has room, then try again.</source>
            <translation>「%1」を完成できませんでした: ジャーナルをファイルに書き戻せませんでした。ディスクの空き容量を確認してから、もう一度試してください。</translation>
        </message>
        <message>
            <source>Could not open “%1”: Qt's PostgreSQL driver is not installed (on Debian, the package libqt6sql6-psql).</source>
            <translation>「%1」を開けませんでした: Qt の PostgreSQL ドライバーがインストールされていません（Debian ではパッケージ libqt6sql6-psql）。</translation>
        </message>
        <message>
            <source>Could not connect to “%1”: %2</source>
            <translation>「%1」に接続できませんでした: %2</translation>
        </message>
        <message>
            <source>“%1” holds tables of another program, not a Seminar Desk database: give Seminar Desk an empty database of its own.</source>
            <translation>「%1」には別のプログラムのテーブルがあり、Seminar Desk のデータベースではありません。Seminar Desk 専用の空のデータベースを指定してください。</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2</source>
            <translation>「%1」を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>Could not connect to “%1”: the server's certificate could not be verified with “%2” (%3). Get the certificate of the server from its administrator and name it with sslrootcert=, and write the server's name in the address as its certificate does.</source>
            <translation>「%1」に接続できませんでした: サーバーの証明書を「%2」で確認できませんでした（%3）。サーバーの証明書を管理者から受け取って sslrootcert= に指定し、アドレスにはサーバー名を証明書のとおりに書いてください。</translation>
        </message>
        <message>
            <source>“%1” is not yet a Seminar Desk database, and the role “%2” may not create its tables: it may only read and write rows. Nothing was changed. Open it once as the database's owner role (README: “A shared database on PostgreSQL”, “Setting up the server”); after that, the desks can open it.</source>
            <translation>「%1」はまだ Seminar Desk のデータベースではありません。ロール「%2」は行の読み書きだけが許されており、テーブルを作成できません。何も変更していません。データベースの所有者ロールで一度開いてください（README の「A shared database on PostgreSQL」の「Setting up the server」を参照）。その後は各受付端末から開けます。</translation>
        </message>
        <message>
            <source>“%1” holds data version %2 and this Seminar Desk works with data version %3: it must be upgraded first, and the role “%4” may not change its tables: it may only read and write rows. Nothing was changed. Open it once as the database's owner role with this Seminar Desk (README: “A shared database on PostgreSQL”, “Setting up the server”); after that, the desks can open it.</source>
            <translation>「%1」のデータバージョンは %2 で、この Seminar Desk はデータバージョン %3 で動作します。先にアップグレードが必要ですが、ロール「%4」は行の読み書きだけが許されており、テーブルを変更できません。何も変更していません。この Seminar Desk でデータベースの所有者ロールで一度開いてください（README の「A shared database on PostgreSQL」の「Setting up the server」を参照）。その後は各受付端末から開けます。</translation>
        </message>
        <message>
            <source>The database server of “%1” cannot be reached (%2). Nothing was saved. Check that the server is running and the network is up, then try again.</source>
            <translation>「%1」のデータベースサーバーに接続できません（%2）。何も保存していません。サーバーが動作していること、ネットワークがつながっていることを確認してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The connection to the database server of “%1” was lost (%2). What was being saved was not saved; Seminar Desk connects again at the next step.</source>
            <translation>「%1」のデータベースサーバーとの接続が切れました（%2）。保存中の内容は保存されていません。次の操作で Seminar Desk が再接続します。</translation>
        </message>
    </context>
    <context>
        <name>DatabaseCheck</name>
        <message>
            <source>“%1” does not exist.</source>
            <translation>「%1」はありません。</translation>
        </message>
        <message>
            <source>“%1” holds no database yet: there is nothing to check.</source>
            <translation>「%1」にはまだデータベースがありません。確認するものはありません。</translation>
        </message>
        <message>
            <source>SQLite's integrity check found damage: %1</source>
            <translation>SQLite の整合性チェックで破損が見つかりました: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) of the table “%1” refer to rows of “%2” that are not there.</source>
            <translation>
                <numerusform>テーブル「%1」の %n 行が、存在しない「%2」の行を参照しています。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DatabaseCopy</name>
        <message>
            <source>“%1” is of data version %2 and “%3” of version %4; a copy goes between databases of one version.</source>
            <translation>「%1」はデータバージョン %2、「%3」はバージョン %4 です。コピーは同じバージョンのデータベース間でのみ行えます。</translation>
        </message>
        <message>
            <source>The copy is not whole: the table %1 holds %2 rows in “%3” and %4 in “%5”.</source>
            <translation>コピーが完全ではありません: 表 %1 は「%3」に %2 行、「%5」に %4 行あります。</translation>
        </message>
        <message>
            <source>The copy differs from its original: the table %1 of “%2” holds other values than in “%3”.</source>
            <translation>コピーが元と異なります: 「%2」の表 %1 の値が「%3」と一致しません。</translation>
        </message>
        <message>
            <source>“%1” is not empty (its table %2 holds rows); a database is only copied into an empty one, and this one was left as it was.</source>
            <translation>「%1」は空ではありません (表 %2 に行があります)。コピー先は空のデータベースに限られます。このデータベースは変更していません。</translation>
        </message>
        <message>
            <source>Copying the table %1 into “%2” failed: %3</source>
            <translation>表 %1 を「%2」にコピーできませんでした: %3</translation>
        </message>
    </context>
    <context>
        <name>DatabaseFile</name>
        <message>
            <source>“%1” is not a file.</source>
            <translation>「%1」はファイルではありません。</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2</source>
            <translation>「%1」を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>“%1” is not a Seminar Desk database: it is not an SQLite file.</source>
            <translation>「%1」は Seminar Desk のデータベースではありません (SQLite ファイルではありません)。</translation>
        </message>
        <message>
            <source>“%1” is an SQLite database of another program, not of Seminar Desk.</source>
            <translation>「%1」は Seminar Desk ではなく、別のプログラムの SQLite データベースです。</translation>
        </message>
        <message>
            <source>“%1” was written by a newer version of Seminar Desk (data version %2; this version understands up to %3). Open it with a newer Seminar Desk.</source>
            <translation>「%1」は新しいバージョンの Seminar Desk で作成されています (データバージョン %2。このバージョンで扱えるのは %3 までです)。新しいバージョンの Seminar Desk で開いてください。</translation>
        </message>
        <message>
            <source>“%1” bears Seminar Desk's mark but lacks its tables: another program changed it, or it is damaged.</source>
            <translation>「%1」には Seminar Desk の印がありますが、テーブルがありません。別のプログラムが変更したか、ファイルが破損しています。</translation>
        </message>
    </context>
    <context>
        <name>DatabaseUrl</name>
        <message>
            <source>“%1” is not the address of a PostgreSQL database: write postgresql://USER@HOST/DATABASE, or give the path of a database file.</source>
            <translation>「%1」は PostgreSQL データベースのアドレスではありません。postgresql://ユーザー@ホスト/データベース の形で書くか、データベースファイルのパスを指定してください。</translation>
        </message>
        <message>
            <source>“%1” has a % sign that is not followed by two hexadecimal digits; write % itself as %25.</source>
            <translation>「%1」に、後ろに 2 桁の 16 進数が続かない % があります。% そのものは %25 と書いてください。</translation>
        </message>
        <message>
            <source>“%1” contains a password. Seminar Desk never keeps a password in an address: leave it out, and type it when the server asks for it, or keep it in ~/.pgpass.</source>
            <translation>「%1」にパスワードが含まれています。Seminar Desk はアドレスにパスワードを保存しません。パスワードは外し、サーバーに求められたときに入力するか、~/.pgpass に保存してください。</translation>
        </message>
        <message>
            <source>“%1” names no user: write the user before the host, as in postgresql://USER@HOST/DATABASE.</source>
            <translation>「%1」にユーザーがありません。postgresql://ユーザー@ホスト/データベース のように、ホストの前にユーザーを書いてください。</translation>
        </message>
        <message>
            <source>“%1” names no database: write it after the host, as in postgresql://USER@HOST/DATABASE.</source>
            <translation>「%1」にデータベース名がありません。postgresql://ユーザー@ホスト/データベース のように、ホストの後に書いてください。</translation>
        </message>
        <message>
            <source>“%1” opens an address with [ but does not close it with ].</source>
            <translation>「%1」のアドレスは [ で始まっていますが、] で閉じられていません。</translation>
        </message>
        <message>
            <source>“%1” has “%2” after the host's address, where only :PORT may stand.</source>
            <translation>「%1」のホストのアドレスの後に「%2」があります。そこには :ポート番号 しか書けません。</translation>
        </message>
        <message>
            <source>The port “%2” in “%1” is not a number from 1 to 65535.</source>
            <translation>「%1」のポート「%2」は 1 から 65535 までの数ではありません。</translation>
        </message>
        <message>
            <source>“%1” names no host: write the server's name after the user, as in postgresql://USER@HOST/DATABASE, or its socket folder as ?host=/FOLDER.</source>
            <translation>「%1」にホストがありません。postgresql://ユーザー@ホスト/データベース のようにユーザーの後にサーバー名を書くか、ソケットのフォルダーを ?host=/フォルダー として指定してください。</translation>
        </message>
        <message>
            <source>“%1” has the setting “%2”, which Seminar Desk does not take; it takes %3.</source>
            <translation>「%1」の設定「%2」は Seminar Desk では使えません。使える設定: %3</translation>
        </message>
        <message>
            <source>“%1” gives the %2 twice.</source>
            <translation>「%1」で %2 が 2 回指定されています。</translation>
        </message>
        <message>
            <source>“%1” gives the setting %2 no usable value (empty, or with a ;).</source>
            <translation>「%1」の設定 %2 の値が使えません（空か、; を含んでいます）。</translation>
        </message>
        <message>
            <source>“%1” asks for the sslmode “%2”; libpq knows %3.</source>
            <translation>「%1」の sslmode「%2」は使えません。libpq で使える値: %3</translation>
        </message>
        <message>
            <source>The connect_timeout “%2” in “%1” is not a number of seconds.</source>
            <translation>「%1」の connect_timeout「%2」は秒数ではありません。</translation>
        </message>
    </context>
    <context>
        <name>DemoCommand</name>
        <message>
            <source>How many attendees to register (default %1).</source>
            <translation>申込を登録する参加者の数（既定値 %1）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>seminar-desk demo: name one new database FILE.</source>
            <translation>seminar-desk demo: 新しいデータベース FILE を 1 つ指定してください。</translation>
        </message>
        <message>
            <source>--attendees needs a number of 0 or more, not “%1”.</source>
            <translation>--attendees には 0 以上の数値を指定してください（「%1」は指定できません）。</translation>
        </message>
        <message numerus="yes">
            <source>Created %1 with the demo seminar and %n attendee(s).</source>
            <translation>
                <numerusform>デモ用セミナーと %n 人の参加者を含む %1 を作成しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Create a new database FILE (or fill an empty database on a server) with the demo seminar and fictitious attendees.</source>
            <translation>デモのセミナーと架空の参加者を入れた新しいデータベース FILE を作成します（サーバー上の空のデータベースに入れることもできます）。</translation>
        </message>
        <message>
            <source>The new database file (must not exist), or postgresql://USER@HOST[:PORT]/DATABASE: an empty database on a PostgreSQL server.</source>
            <translation>新しいデータベースファイル（既存のファイルは不可）、または postgresql://USER@HOST[:PORT]/DATABASE（PostgreSQL サーバー上の空のデータベース）。</translation>
        </message>
        <message>
            <source>“%1” already holds seminars or people; the demo is only written to an empty database.</source>
            <translation>「%1」にはすでにセミナーまたは人が登録されています。デモは空のデータベースにのみ書き込みます。</translation>
        </message>
        <message numerus="yes">
            <source>Filled %1 with the demo seminar and %n attendee(s).</source>
            <translation>
                <numerusform>%1 にデモのセミナーと参加者 %n 名を入れました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoSeminar</name>
        <message>
            <source>“%1” already exists; the demo is only written to a new file.</source>
            <translation>「%1」は既にあります。デモは新しいファイルにだけ書き込みます。別のファイル名を指定してください。</translation>
        </message>
        <message>
            <source>The number of attendees cannot be negative.</source>
            <translation>参加者の数は 0 以上にしてください。</translation>
        </message>
    </context>
    <context>
        <name>DeskWidget</name>
        <message>
            <source>Welcome to Seminar Desk</source>
            <translation>Seminar Desk へようこそ</translation>
        </message>
        <message>
            <source>This database has no seminars yet. Create your first seminar, or look around in the demo seminar with its venue, booths and attendees.</source>
            <translation>このデータベースにはまだセミナーがありません。最初のセミナーを作成するか、会場・ブース・参加者が登録済みのデモ用セミナーをご覧ください。</translation>
        </message>
        <message>
            <source>&amp;Create a Seminar…</source>
            <translation>セミナーを作成(&amp;C)…</translation>
        </message>
        <message>
            <source>Open the &amp;Demo Seminar</source>
            <translation>デモ用セミナーを開く(&amp;D)</translation>
        </message>
        <message>
            <source>Se&amp;minars</source>
            <translation>セミナー(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>DoorBadgeDialog</name>
        <message>
            <source>Badges at the Door</source>
            <translation>受付での名札の印刷</translation>
        </message>
        <message>
            <source>&amp;Walk-in badges:</source>
            <translation>当日登録の名札(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Sheet in the printer:</source>
            <translation>プリンターの用紙(&amp;S):</translation>
        </message>
        <message>
            <source>A &amp;fresh sheet is loaded: every label is free</source>
            <translation>新しい用紙をセットした（すべてのラベルが未使用）(&amp;F)</translation>
        </message>
        <message>
            <source>Printer:</source>
            <translation>プリンター:</translation>
        </message>
        <message>
            <source>&amp;Choose Printer…</source>
            <translation>プリンターを選択(&amp;C)…</translation>
        </message>
    </context>
    <context>
        <name>DoorBadges</name>
        <message>
            <source>Every label of the sheet in the printer is used: put in a fresh sheet of %1.</source>
            <translation>プリンターの用紙のラベルはすべて使用済みです。新しい %1 の用紙をセットしてください。</translation>
        </message>
        <message>
            <source>No badges are waiting to be printed.</source>
            <translation>印刷待ちの名札はありません。</translation>
        </message>
        <message>
            <source>Name badge</source>
            <translation>名札</translation>
        </message>
        <message>
            <source>Name badges</source>
            <translation>名札</translation>
        </message>
        <message>
            <source>There is no badge to print for this registration.</source>
            <translation>この申込に印刷する名札はありません。</translation>
        </message>
        <message>
            <source>Printed at once on a card (%1)</source>
            <translation>その場でカードに印刷（%1）</translation>
        </message>
        <message>
            <source>Printed at once on the next free label of the sheet in the printer</source>
            <translation>その場でプリンターの用紙の次の空きラベルに印刷</translation>
        </message>
        <message>
            <source>Queued, to be printed together later</source>
            <translation>印刷待ちにして、あとでまとめて印刷</translation>
        </message>
    </context>
    <context>
        <name>DoorModeWindow</name>
        <message>
            <source>Door Mode</source>
            <translation>入口モード</translation>
        </message>
        <message>
            <source>Esc leaves the door mode</source>
            <translation>Esc キーで入口モードを終了します</translation>
        </message>
    </context>
    <context>
        <name>DoorPrinter</name>
        <message>
            <source>The Printer for Badges at the Door</source>
            <translation>受付で名札を印刷するプリンター</translation>
        </message>
        <message>
            <source>Not chosen yet: the first badge printed asks for it.</source>
            <translation>未選択です。最初の名札を印刷するときに選択します。</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <source>Saved Elsewhere Meanwhile</source>
            <translation>他の端末で保存されました</translation>
        </message>
        <message>
            <source>Show only the fields that &amp;differ</source>
            <translation>違う項目だけを表示(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Keep Mine</source>
            <translation>自分の内容で保存(&amp;K)</translation>
        </message>
        <message>
            <source>Saves what you typed over their version: their changes in the marked fields are replaced.</source>
            <translation>入力した内容を相手の版に上書きして保存します。印の付いた項目の相手の変更は置き換えられます。</translation>
        </message>
        <message>
            <source>&amp;Take Theirs</source>
            <translation>相手の内容を採用(&amp;T)</translation>
        </message>
        <message>
            <source>Loads their version into the form; what you typed is dropped.</source>
            <translation>相手の版をフォームに読み込みます。入力した内容は破棄されます。</translation>
        </message>
        <message>
            <source>&amp;Back to Editing</source>
            <translation>編集に戻る(&amp;B)</translation>
        </message>
    </context>
    <context>
        <name>EraseCommand</name>
        <message>
            <source>Erase the people whose last seminar ended longer ago than a period (APPI), or list them.</source>
            <translation>最後のセミナーから一定期間が過ぎた人を消去します (個人情報保護法)。一覧表示だけもできます。</translation>
        </message>
        <message>
            <source>Erase the people whose last seminar ended longer ago than this: months as 12m, years as 2y.</source>
            <translation>最後のセミナーからこの期間が過ぎた人を消去します: 月数は 12m、年数は 2y のように指定します。</translation>
        </message>
        <message>
            <source>PERIOD</source>
            <translation>PERIOD</translation>
        </message>
        <message>
            <source>Only list who would be erased; change nothing.</source>
            <translation>消去される人を一覧表示するだけで、何も変更しません。</translation>
        </message>
        <message>
            <source>table (default) or json.</source>
            <translation>table (既定値) または json。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>seminar-desk erase: %1</source>
            <translation>seminar-desk erase: %1</translation>
        </message>
        <message>
            <source>it takes no file names; name the database with --db FILE.</source>
            <translation>ファイル名は指定できません。--db FILE でデータベースを指定してください。</translation>
        </message>
        <message>
            <source>say how long to keep personal data with --older-than, such as --older-than 12m.</source>
            <translation>--older-than 12m のように、--older-than で個人情報の保存期間を指定してください。</translation>
        </message>
        <message>
            <source>--format must be table or json, not “%1”.</source>
            <translation>--format には「%1」ではなく table または json を指定してください。</translation>
        </message>
        <message>
            <source>Nothing was erased.</source>
            <translation>何も消去されませんでした。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Last seminar ended</source>
            <translation>最後のセミナーの終了日時</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>申込数</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message numerus="yes">
            <source>Dry run, nothing changed: %n person(s) with %1 registration(s) are past %2 (last seminar before %3).</source>
            <translation>
                <numerusform>確認のみ（変更なし）: %n 人 (申込 %1 件) が保存期間 %2 を過ぎています (最後のセミナーが %3 より前)。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erased %n person(s) and their %1 registration(s): their last seminar was before %2 (%3 ago).</source>
            <translation>
                <numerusform>%n 人とその申込 %1 件を消去しました: 最後のセミナーが %2 (%3 前) より前の人です。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErasureLogStore</name>
        <message>
            <source>Could not log the erasure: %1</source>
            <translation>消去を記録できませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>ExportCommandOptions</name>
        <message>
            <source>The seminar whose registrations to export.</source>
            <translation>申込をエクスポートするセミナー。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>The columns: venue (no e-mail or phone), reception or full (default venue).</source>
            <translation>列の構成: venue (メールアドレス・電話番号なし)、reception、full のいずれか (既定値 venue)。</translation>
        </message>
        <message>
            <source>PRESET</source>
            <translation>PRESET</translation>
        </message>
        <message>
            <source>The columns in this order instead of a preset's, from: %1.</source>
            <translation>プリセットの代わりに、この順序で出力する列。指定できる列: %1。</translation>
        </message>
        <message>
            <source>a,b,...</source>
            <translation>a,b,...</translation>
        </message>
        <message>
            <source>Export the registrations with these statuses, from: %1 (default registered,attended).</source>
            <translation>エクスポートする申込の状態。指定できる状態: %1 (既定値 registered,attended)。</translation>
        </message>
        <message>
            <source>s,...</source>
            <translation>s,...</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>LANG</translation>
        </message>
        <message>
            <source>OUT</source>
            <translation>OUT</translation>
        </message>
        <message>
            <source>name the seminar with --seminar ID.</source>
            <translation>--seminar ID でセミナーを指定してください。</translation>
        </message>
        <message>
            <source>name the file to write with -o OUT.</source>
            <translation>-o OUT で書き出すファイルを指定してください。</translation>
        </message>
        <message>
            <source>--preset must be venue, reception or full, not “%1”.</source>
            <translation>--preset には venue、reception、full のいずれかを指定してください (「%1」は指定できません)。</translation>
        </message>
        <message>
            <source>“%1” is not a column; the columns are: %2.</source>
            <translation>「%1」という列はありません。指定できる列: %2。</translation>
        </message>
        <message>
            <source>“%1” is not a status; the statuses are: %2.</source>
            <translation>「%1」という状態はありません。指定できる状態: %2。</translation>
        </message>
        <message>
            <source>--header must be en or ja, not “%1”.</source>
            <translation>--header には en または ja を指定してください (「%1」は指定できません)。</translation>
        </message>
        <message>
            <source>The language of the header line and the values: en (default, values as stored) or ja.</source>
            <translation>見出し行と値の言語: en（既定値。値は保存されているとおりに書きます）または ja。</translation>
        </message>
    </context>
    <context>
        <name>ExportCsvCommand</name>
        <message>
            <source>Write a seminar's registrations to a CSV file (for the venue, the reception desk, or everything).</source>
            <translation>セミナーの申込を CSV ファイルに書き出します（会場用、受付用、または全項目）。</translation>
        </message>
        <message>
            <source>utf-8-bom (default: Excel reads it), utf-8, or shift_jis (CP932).</source>
            <translation>utf-8-bom（既定値。Excel で読み込めます）、utf-8、shift_jis（CP932）のいずれか。</translation>
        </message>
        <message>
            <source>ENCODING</source>
            <translation>ENCODING</translation>
        </message>
        <message>
            <source>comma (default), semicolon or tab.</source>
            <translation>comma（既定値）、semicolon、tab のいずれか。</translation>
        </message>
        <message>
            <source>DELIMITER</source>
            <translation>DELIMITER</translation>
        </message>
        <message>
            <source>Do not prefix cells starting with = + - @ with a single quote (they may then run as formulas in a spreadsheet).</source>
            <translation>= + - @ で始まるセルの先頭に単一引用符を付けません（表計算ソフトで数式として実行されるおそれがあります）。</translation>
        </message>
        <message>
            <source>The CSV file to write.</source>
            <translation>書き出す CSV ファイル。</translation>
        </message>
        <message>
            <source>seminar-desk export-csv: %1</source>
            <translation>seminar-desk export-csv: %1</translation>
        </message>
        <message>
            <source>--encoding must be utf-8-bom, utf-8 or shift_jis, not “%1”.</source>
            <translation>--encoding には utf-8-bom、utf-8、shift_jis のいずれかを指定してください（「%1」は指定できません）。</translation>
        </message>
        <message>
            <source>--delimiter must be comma, semicolon or tab, not “%1”.</source>
            <translation>--delimiter には comma、semicolon、tab のいずれかを指定してください（「%1」は指定できません）。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) to %1.</source>
            <translation>
                <numerusform>%1 に %n 行を書き出しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportCsvDialog</name>
        <message>
            <source>&amp;Columns for:</source>
            <translation>列の構成(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>文字コード(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>区切り文字(&amp;D):</translation>
        </message>
        <message>
            <source>Registrations:</source>
            <translation>対象の申込:</translation>
        </message>
        <message>
            <source>&amp;Registered</source>
            <translation>申込済み(&amp;R)</translation>
        </message>
        <message>
            <source>A&amp;ttended</source>
            <translation>出席(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Waitlisted</source>
            <translation>キャンセル待ち(&amp;W)</translation>
        </message>
        <message>
            <source>Ca&amp;ncelled</source>
            <translation>キャンセル済み(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Guard against formulas (prefix cells starting with = + - @ with ')</source>
            <translation>数式として実行されないようにする（= + - @ で始まるセルの先頭に ' を付ける）(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>ファイル(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>参照(&amp;B)…</translation>
        </message>
        <message>
            <source>A&amp;vailable columns:</source>
            <translation>使用できる列(&amp;V):</translation>
        </message>
        <message>
            <source>&amp;Add →</source>
            <translation>追加(&amp;A) →</translation>
        </message>
        <message>
            <source>← Re&amp;move</source>
            <translation>← 削除(&amp;M)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上へ(&amp;U)</translation>
        </message>
        <message>
            <source>Move d&amp;own</source>
            <translation>下へ(&amp;O)</translation>
        </message>
        <message>
            <source>Preview of the first rows:</source>
            <translation>先頭の行のプレビュー:</translation>
        </message>
        <message>
            <source>Columns &amp;in the file, in order:</source>
            <translation>ファイルに出力する列 (出力順)(&amp;I):</translation>
        </message>
        <message>
            <source>Export Registrations</source>
            <translation>申込のエクスポート</translation>
        </message>
        <message>
            <source>File t&amp;ype:</source>
            <translation>ファイルの種類(&amp;Y):</translation>
        </message>
        <message>
            <source>&amp;Headers and values in:</source>
            <translation>見出しと値の言語(&amp;H):</translation>
        </message>
    </context>
    <context>
        <name>ExportPreset</name>
        <message>
            <source>For the venue (no e-mail or phone)</source>
            <translation>会場用（メールアドレス・電話番号なし）</translation>
        </message>
        <message>
            <source>For the reception desk</source>
            <translation>受付用</translation>
        </message>
        <message>
            <source>Every field</source>
            <translation>全項目</translation>
        </message>
    </context>
    <context>
        <name>ExportRows</name>
        <message>
            <source>Choose at least one column to export.</source>
            <translation>エクスポートする列を 1 つ以上選択してください。</translation>
        </message>
        <message numerus="yes">
            <source>Exporting registrations… row %1 of %n</source>
            <translation>
                <numerusform>申込をエクスポートしています… %n 行中 %1 行目</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportXlsxCommand</name>
        <message>
            <source>Write a seminar's registrations to an Excel workbook (.xlsx), with the columns of export-csv.</source>
            <translation>セミナーの申込を Excel ブック (.xlsx) に書き出します (列は export-csv と同じです)。</translation>
        </message>
        <message>
            <source>The Excel workbook (.xlsx) to write.</source>
            <translation>書き出す Excel ブック (.xlsx)。</translation>
        </message>
        <message>
            <source>seminar-desk export-xlsx: %1</source>
            <translation>seminar-desk export-xlsx: %1</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n row(s) to %1.</source>
            <translation>
                <numerusform>%1 に %n 行を書き出しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileProblem</name>
        <message>
            <source>Another program is writing to “%1”, and it did not finish within 5 seconds. Nothing was changed: try again when it has finished.</source>
            <translation>別のプログラムが「%1」に書き込んでいて、5 秒以内に終わりませんでした。何も変更していません。書き込みが終わってから、もう一度試してください。</translation>
        </message>
        <message>
            <source>The disk is full: “%1” could not be written. Make room on the disk (%2), then try again.</source>
            <translation>ディスクがいっぱいで、「%1」を書き込めませんでした。ディスク (%2) の空き容量を増やしてから、もう一度試してください。</translation>
        </message>
        <message>
            <source>“%1” cannot be written: the folder “%2” is read-only. Copy the file to a folder you can write to, or ask for write access to this one.</source>
            <translation>「%1」に書き込めません: フォルダー「%2」は読み取り専用です。書き込みできるフォルダーにファイルをコピーするか、このフォルダーへの書き込み権限を依頼してください。</translation>
        </message>
        <message>
            <source>“%1” cannot be written: the file is read-only. Allow writing to it, or work on a copy.</source>
            <translation>「%1」に書き込めません: ファイルが読み取り専用です。書き込みを許可するか、コピーで作業してください。</translation>
        </message>
        <message>
            <source>“%1” is damaged (%2). Restore a copy you saved (File ▸ Save a Backup Copy As), and keep the damaged file for now.</source>
            <translation>「%1」は破損しています (%2)。保存しておいたコピー ([ファイル] ▸ [名前を付けてバックアップを保存]) から復元してください。破損したファイルはしばらく残しておいてください。</translation>
        </message>
        <message>
            <source>“%1” is damaged (%2). Restore the backup copy “%3” (rename it to “%4”), and keep the damaged file for now.</source>
            <translation>「%1」は破損しています (%2)。バックアップ「%3」から復元してください (名前を「%4」に変更します)。破損したファイルはしばらく残しておいてください。</translation>
        </message>
        <message>
            <source>“%1” could not be read or written (%2). Check the disk, then run “seminar-desk check --db %1”.</source>
            <translation>「%1」を読み書きできませんでした (%2)。ディスクを確認してから「seminar-desk check --db %1」を実行してください。</translation>
        </message>
        <message>
            <source>Could not write “%1”: the folder “%2” does not exist.</source>
            <translation>「%1」を書き込めませんでした: フォルダー「%2」がありません。</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2</source>
            <translation>「%1」を書き込めませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>FlyerCommand</name>
        <message>
            <source>The seminar to announce.</source>
            <translation>告知するセミナー。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>ja, en or both (default).</source>
            <translation>ja、en、both（既定値）のいずれか。</translation>
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation>LANGUAGE</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>--language is ja, en or both, not “%1”.</source>
            <translation>--language には ja、en、both のいずれかを指定してください（「%1」は指定できません）。</translation>
        </message>
        <message>
            <source>Could not read the image %1: %2</source>
            <translation>画像 %1 を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>seminar-desk flyer: say which seminar with --seminar ID.</source>
            <translation>seminar-desk flyer: --seminar ID でセミナーを指定してください。</translation>
        </message>
        <message>
            <source>Wrote the flyer of “%1” to %2.</source>
            <translation>「%1」のチラシを %2 に書き出しました。</translation>
        </message>
        <message>
            <source>A picture to show on the flyer (PNG or JPEG), a map say.</source>
            <translation>チラシに載せる画像（PNG または JPEG。地図など）。</translation>
        </message>
        <message>
            <source>Add a form to fill in and send by FAX at the foot of the last page.</source>
            <translation>最後のページの下部に FAX 申込書を付けます。</translation>
        </message>
        <message>
            <source>Write the A4 flyer of a seminar to a PDF file, or print it.</source>
            <translation>セミナーの A4 チラシを PDF ファイルに書き出すか、印刷します。</translation>
        </message>
        <message>
            <source>Printed the flyer of “%1”.</source>
            <translation>「%1」のチラシを印刷しました。</translation>
        </message>
    </context>
    <context>
        <name>FlyerContent</name>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Japanese and English</source>
            <translation>日英併記</translation>
        </message>
    </context>
    <context>
        <name>FlyerDialog</name>
        <message>
            <source>Seminar Flyer</source>
            <translation>セミナーのチラシ</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>選択(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>削除(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>PDF として保存(&amp;D)…</translation>
        </message>
        <message>
            <source>P&amp;icture:</source>
            <translation>画像(&amp;I):</translation>
        </message>
        <message>
            <source>A form at the foot of the last page to fill in and send by FAX to the enquiries contact.</source>
            <translation>最後のページの下部に、記入して問い合わせ先へ FAX で送る申込書を付けます。</translation>
        </message>
        <message>
            <source>FAX application &amp;form</source>
            <translation>FAX申込書(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>FlyerRenderer</name>
        <message>
            <source>Could not start painting the flyer.</source>
            <translation>チラシの描画を開始できませんでした。</translation>
        </message>
        <message>
            <source>Could not finish painting the flyer.</source>
            <translation>チラシの描画を完了できませんでした。</translation>
        </message>
    </context>
    <context>
        <name>GlabelsTemplateReader</name>
        <message>
            <source>%1, line %2</source>
            <translation>%1、%2 行目</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>%1 を開けませんでした: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1 is not a glabels template file.</source>
            <translation>%1 は glabels のテンプレートファイルではありません。</translation>
        </message>
        <message>
            <source>%1: a template needs a brand and a part number.</source>
            <translation>%1: テンプレートにはブランドと品番が必要です。</translation>
        </message>
        <message>
            <source>%1: the template %2 has no valid page width and height.</source>
            <translation>%1: テンプレート %2 のページの幅と高さが有効ではありません。</translation>
        </message>
        <message>
            <source>%1: the paper size “%2” is not known.</source>
            <translation>%1: 用紙サイズ「%2」は不明です。</translation>
        </message>
        <message>
            <source>%1: the label of %2 has no valid width, height or corner radius.</source>
            <translation>%1: %2 のラベルの幅、高さ、または角の半径が有効ではありません。</translation>
        </message>
        <message>
            <source>%1: a layout of %2 is not valid.</source>
            <translation>%1: %2 のレイアウトが有効ではありません。</translation>
        </message>
        <message>
            <source>%1: the label of %2 has no layout.</source>
            <translation>%1: %2 のラベルにレイアウトがありません。</translation>
        </message>
        <message>
            <source>Skipped the label templates in %1: %2</source>
            <translation>%1 のラベルテンプレートをスキップしました: %2</translation>
        </message>
    </context>
    <context>
        <name>HeaderMapping</name>
        <message>
            <source>(do not import)</source>
            <translation>（インポートしない）</translation>
        </message>
        <message>
            <source>Full name (split at the first space)</source>
            <translation>氏名（最初の空白で分割）</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>姓</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>名</translation>
        </message>
        <message>
            <source>Full reading (split at the first space)</source>
            <translation>フリガナ（最初の空白で分割）</translation>
        </message>
        <message>
            <source>Family name reading</source>
            <translation>セイ</translation>
        </message>
        <message>
            <source>Given name reading</source>
            <translation>メイ</translation>
        </message>
        <message>
            <source>Name in Latin script</source>
            <translation>ローマ字氏名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>役職</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国・地域</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>希望言語</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Interpretation receiver needed</source>
            <translation>レシーバー要否</translation>
        </message>
        <message>
            <source>Registration status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Could not read the mapping file “%1”: %2</source>
            <translation>対応付けファイル「%1」を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>The mapping file “%1” is not a JSON object {"header": "field"}: %2</source>
            <translation>対応付けファイル「%1」は JSON オブジェクト {"header": "field"} ではありません: %2</translation>
        </message>
        <message>
            <source>The mapping file “%1” maps “%2” to “%3”, which is not one of: %4.</source>
            <translation>対応付けファイル「%1」で「%2」の対応先に指定された「%3」は、%4 のいずれでもありません。</translation>
        </message>
        <message>
            <source>Could not write the mapping file “%1”: %2</source>
            <translation>対応付けファイル「%1」を書き込めませんでした: %2</translation>
        </message>
        <message>
            <source>Family name in Latin script</source>
            <translation>姓 (ローマ字)</translation>
        </message>
        <message>
            <source>Given name in Latin script</source>
            <translation>名 (ローマ字)</translation>
        </message>
        <message>
            <source>Name on the badge</source>
            <translation>名札表示名</translation>
        </message>
    </context>
    <context>
        <name>ImportCsvCommand</name>
        <message>
            <source>The seminar to register the attendees for.</source>
            <translation>参加者の申込先のセミナー。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>A JSON file {"header": "field"} naming the field of the headers that are not recognised.</source>
            <translation>認識できない見出しの対応先の項目を指定する JSON ファイル {"header": "field"}。</translation>
        </message>
        <message>
            <source>MAP.json</source>
            <translation>MAP.json</translation>
        </message>
        <message>
            <source>ENCODING</source>
            <translation>ENCODING</translation>
        </message>
        <message>
            <source>auto (default), comma, semicolon or tab.</source>
            <translation>auto（既定値）、comma、semicolon、tab のいずれか。</translation>
        </message>
        <message>
            <source>DELIMITER</source>
            <translation>DELIMITER</translation>
        </message>
        <message>
            <source>Only show what would be imported; change nothing.</source>
            <translation>インポートされる内容を表示するだけで、何も変更しません。</translation>
        </message>
        <message>
            <source>table (default) or json.</source>
            <translation>table（既定値）または json。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>seminar-desk import-csv: %1</source>
            <translation>seminar-desk import-csv: %1</translation>
        </message>
        <message>
            <source>name the seminar with --seminar ID.</source>
            <translation>--seminar ID でセミナーを指定してください。</translation>
        </message>
        <message>
            <source>--format must be table or json, not “%1”.</source>
            <translation>--format には table または json を指定してください（「%1」は指定できません）。</translation>
        </message>
        <message>
            <source>--delimiter must be auto, comma, semicolon or tab, not “%1”.</source>
            <translation>--delimiter には auto、comma、semicolon、tab のいずれかを指定してください（「%1」は指定できません）。</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Because of</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>%1 行目</translation>
        </message>
        <message>
            <source>the same name and organisation</source>
            <translation>同じ氏名と所属</translation>
        </message>
        <message>
            <source>Dry run, nothing changed: %1</source>
            <translation>確認のみ（変更なし）: %1</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>インポート完了: %1</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>何もインポートされませんでした。</translation>
        </message>
        <message>
            <source>auto (default), utf-8, shift_jis, windows-1252, utf-16le or utf-16be.</source>
            <translation>auto (既定)、utf-8、shift_jis、windows-1252、utf-16le、utf-16be のいずれか。</translation>
        </message>
        <message>
            <source>--encoding must be auto, utf-8, shift_jis, windows-1252, utf-16le or utf-16be, not “%1”.</source>
            <translation>--encoding には「%1」ではなく auto、utf-8、shift_jis、windows-1252、utf-16le、utf-16be のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Same person as</source>
            <translation>同一人物</translation>
        </message>
        <message>
            <source>attendee %1, already stored</source>
            <translation>登録済みの参加者 %1</translation>
        </message>
        <message>
            <source>the same e-mail and name</source>
            <translation>同じメールアドレスと氏名</translation>
        </message>
        <message>
            <source>seminar-desk import-csv: warning: %1</source>
            <translation>seminar-desk import-csv: 警告: %1</translation>
        </message>
        <message>
            <source>Try --encoding %1.</source>
            <translation>--encoding %1 を指定してみてください。</translation>
        </message>
        <message>
            <source>Import registrations from a CSV file or an Excel workbook (.xlsx) into a seminar.</source>
            <translation>CSV ファイルまたは Excel ブック (.xlsx) からセミナーに申込をインポートします。</translation>
        </message>
        <message>
            <source>The sheet of an Excel workbook to import (default: the first).</source>
            <translation>インポートする Excel ブックのシート (既定値: 先頭のシート)。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>name one CSV file or Excel workbook to import.</source>
            <translation>インポートする CSV ファイルまたは Excel ブックを 1 つ指定してください。</translation>
        </message>
        <message>
            <source>The CSV file or Excel workbook (.xlsx) to import, or - for standard input.</source>
            <translation>インポートする CSV ファイルまたは Excel ブック (.xlsx)。標準入力から読み込むときは -。</translation>
        </message>
    </context>
    <context>
        <name>ImportCsvWizard</name>
        <message>
            <source>Choose the file</source>
            <translation>ファイルの選択</translation>
        </message>
        <message>
            <source>Check how the file reads</source>
            <translation>読み込み結果の確認</translation>
        </message>
        <message>
            <source>If the text looks garbled, choose another encoding.</source>
            <translation>文字化けしている場合は、別の文字コードを選択してください。</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>文字コード(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>区切り文字(&amp;D):</translation>
        </message>
        <message>
            <source>Say what each column holds</source>
            <translation>各列の内容の指定</translation>
        </message>
        <message>
            <source>Usual headers are recognised; choose the field of the others, or “do not import”.</source>
            <translation>一般的な見出しは自動的に認識されます。それ以外の列では、対応する項目または「インポートしない」を選んでください。</translation>
        </message>
        <message>
            <source>&amp;Load mapping…</source>
            <translation>対応付けを読み込む(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Save mapping…</source>
            <translation>対応付けを保存(&amp;S)…</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>インポートの内容</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>インポート完了</translation>
        </message>
        <message>
            <source>Nothing has been changed yet. Duplicates are merged into one attendee; people who share an e-mail but not a name are imported one by one.</source>
            <translation>まだ何も変更していません。重複は 1 人の参加者に統合します。メールアドレスが同じでも氏名が異なる人は、それぞれインポートします。</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>参照(&amp;R)…</translation>
        </message>
        <message>
            <source>Import registrations</source>
            <translation>申込のインポート</translation>
        </message>
        <message>
            <source>A CSV file or an Excel workbook (.xlsx) exported from a web form or a spreadsheet, with a header line.</source>
            <translation>Web フォームや表計算ソフトから書き出した、見出し行のある CSV ファイルまたは Excel ブック (.xlsx) を選択します。</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>シート(&amp;S):</translation>
        </message>
    </context>
    <context>
        <name>LabelSheet</name>
        <message>
            <source>The sheet %1 has no page size.</source>
            <translation>ラベル用紙 %1 にページサイズが設定されていません。</translation>
        </message>
        <message>
            <source>The labels of %1 have no size.</source>
            <translation>%1 のラベルにサイズが設定されていません。</translation>
        </message>
        <message>
            <source>The sheet %1 has no labels.</source>
            <translation>ラベル用紙 %1 にラベルがありません。</translation>
        </message>
        <message>
            <source>Label %1 of the sheet %2 lies off the page.</source>
            <translation>ラベル用紙 %2 のラベル %1 がページからはみ出しています。</translation>
        </message>
        <message>
            <source>A layout of the sheet %1 has no columns or rows.</source>
            <translation>ラベル用紙 %1 のレイアウトに列または行がありません。</translation>
        </message>
    </context>
    <context>
        <name>LabelSheetCatalog</name>
        <message>
            <source>There is no label sheet “%1”. Run “seminar-desk sheets” for the list.</source>
            <translation>ラベル用紙「%1」はありません。一覧は「seminar-desk sheets」で表示できます。</translation>
        </message>
    </context>
    <context>
        <name>ListCommand</name>
        <message>
            <source>Print the seminars, attendees, registrations, booths or contacts stored in a database.</source>
            <translation>データベースに保存されているセミナー、参加者、申込、ブース、または連絡先を表示します。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>会場</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国・地域</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Check-in code</source>
            <translation>受付コード</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>レシーバー要否</translation>
        </message>
        <message>
            <source>Seminar</source>
            <translation>セミナー</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>チャンネル</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>ブース</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Interpreters</source>
            <translation>通訳者</translation>
        </message>
        <message>
            <source>Tel</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Seminar role</source>
            <translation>セミナーでの役割</translation>
        </message>
        <message>
            <source>seminars, attendees, registrations, booths or contacts</source>
            <translation>seminars、attendees、registrations、booths、contacts のいずれか</translation>
        </message>
        <message>
            <source>Only what belongs to the seminar with this ID.</source>
            <translation>この ID のセミナーに属するものだけを表示します。</translation>
        </message>
        <message>
            <source>table (default) or json.</source>
            <translation>table（既定値）または json。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>seminar-desk list: say what to list: seminars, attendees, registrations, booths or contacts.</source>
            <translation>seminar-desk list: 表示する対象を seminars、attendees、registrations、booths、contacts のいずれかで指定してください。</translation>
        </message>
        <message>
            <source>--format is table or json, not “%1”.</source>
            <translation>--format には table または json を指定してください（「%1」は指定できません）。</translation>
        </message>
        <message>
            <source>Name</source>
            <comment>of a contact: a person or an organisation</comment>
            <translation>氏名・名称</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No database is open. Create one with File ▸ New Database, or open one with File ▸ Open Database.</source>
            <translation>データベースが開かれていません。[ファイル] ▸ [新しいデータベース] で作成するか、[ファイル] ▸ [データベースを開く] で開いてください。</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったデータベース(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Seminar</source>
            <translation>セミナー(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>ツール</translation>
        </message>
        <message>
            <source>&amp;New Database…</source>
            <translation>新しいデータベース(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>データベースを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Save a &amp;Backup Copy As…</source>
            <translation>名前を付けてバックアップを保存(&amp;B)…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>設定(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>メニューをクリア(&amp;C)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>やり直す</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>追加(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>編集(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>検索(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Seminar List</source>
            <translation>セミナー一覧(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;New Seminar…</source>
            <translation>新しいセミナー(&amp;N)…</translation>
        </message>
        <message>
            <source>New Seminar</source>
            <translation>新しいセミナー</translation>
        </message>
        <message>
            <source>&amp;Edit Seminar…</source>
            <translation>セミナーを編集(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Delete Seminar</source>
            <translation>セミナーを削除(&amp;D)</translation>
        </message>
        <message>
            <source>Print &amp;Badges…</source>
            <translation>名札を印刷(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Flyer…</source>
            <translation>チラシ(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;About Seminar Desk</source>
            <translation>Seminar Desk について(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Import Registrations from CSV or Excel…</source>
            <translation>CSV・Excel から申込をインポート(&amp;I)…</translation>
        </message>
        <message>
            <source>E&amp;xport Registrations as CSV or Excel…</source>
            <translation>申込を CSV・Excel にエクスポート(&amp;X)…</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>データベースを開く</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>編集</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>E&amp;rase Personal Data…</source>
            <translation>個人情報の消去(&amp;R)…</translation>
        </message>
        <message>
            <source>Reception &amp;List…</source>
            <translation>受付名簿(&amp;L)…</translation>
        </message>
        <message>
            <source>Receivers Not &amp;Returned…</source>
            <translation>未返却レシーバー(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Attendance Summary…</source>
            <translation>出欠集計(&amp;A)…</translation>
        </message>
        <message>
            <source>Boo&amp;th Sheet…</source>
            <translation>ブースシート(&amp;T)…</translation>
        </message>
        <message>
            <source>Open &amp;Shared Database…</source>
            <translation>共有データベースを開く(&amp;S)…</translation>
        </message>
        <message>
            <source>Open a database on a PostgreSQL server, which several desks can work on at once</source>
            <translation>複数の受付で同時に作業できる、PostgreSQL サーバー上のデータベースを開きます</translation>
        </message>
    </context>
    <context>
        <name>MergePeopleDialog</name>
        <message>
            <source>Merge Two Records of One Person</source>
            <translation>同一人物の2件の記録の統合</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>申込</translation>
        </message>
    </context>
    <context>
        <name>MessageBox</name>
        <message>
            <source>Open &amp;Folder</source>
            <translation>フォルダーを開く(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>OutstandingReceivers</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>レシーバー</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>預かり物</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>貸出日時</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>返却</translation>
        </message>
        <message>
            <source>Every receiver is back.</source>
            <translation>レシーバーはすべて返却されています。</translation>
        </message>
        <message>
            <source>Receivers not returned</source>
            <translation>未返却レシーバー一覧</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>Check-in code</source>
            <translation>受付コード</translation>
        </message>
    </context>
    <context>
        <name>PastRetentionDialog</name>
        <message>
            <source>People Past the Retention Period</source>
            <translation>保存期間を過ぎた人</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>Search names, readings, organisations, e-mail</source>
            <translation>氏名・フリガナ・所属・メールアドレスで検索</translation>
        </message>
        <message>
            <source>Select the two records of one person (Ctrl+click the second) to merge them field by field.</source>
            <translation>同一人物の2件の記録を選択してください（2件目は Ctrl+クリック）。項目ごとに統合できます。</translation>
        </message>
        <message>
            <source>Mer&amp;ge Two Records…</source>
            <translation>2件の記録を統合(&amp;G)…</translation>
        </message>
        <message>
            <source>E&amp;rase Personal Data…</source>
            <translation>個人情報の消去(&amp;R)…</translation>
        </message>
        <message>
            <source>List the people whose last seminar ended longer ago than the retention period set in Settings, and erase them.</source>
            <translation>最後のセミナーから、設定した保存期間より長く経った人を一覧にして消去します。</translation>
        </message>
        <message>
            <source>Past Re&amp;tention…</source>
            <translation>保存期間切れ(&amp;T)…</translation>
        </message>
    </context>
    <context>
        <name>PersonMerge</name>
        <message>
            <source>Choose two different records to merge.</source>
            <translation>統合する異なる2件の記録を選択してください。</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>姓</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>名</translation>
        </message>
        <message>
            <source>Family name reading</source>
            <translation>セイ</translation>
        </message>
        <message>
            <source>Given name reading</source>
            <translation>メイ</translation>
        </message>
        <message>
            <source>Latin-script name</source>
            <translation>ローマ字氏名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>役職</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国・地域</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>希望言語</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Name on the badge</source>
            <translation>名札表示名</translation>
        </message>
    </context>
    <context>
        <name>PersonalDataErasure</name>
        <message>
            <source>The people erased leave the database file: SQLite overwrites their rows, and the journal beside it is emptied into the file at once. The log keeps how many were erased and when, never who. Backup copies made before an upgrade would still hold them until rotated out (only the newest %1 are kept: a copy is deleted when %1 newer ones have been made); there are none now. Copies you saved yourself hold them until you delete them.</source>
            <translation>消去した人のデータはデータベースファイルから消えます: SQLite がその行を上書きし、隣のジャーナルもすぐにファイルへ書き戻して空にします。記録には消去した人数と日時だけを残し、誰を消去したかは残しません。更新前に作成したバックアップには、入れ替わるまでデータが残ります (残すのは新しい %1 個だけで、新しいバックアップが %1 個できると削除されます)。現在バックアップはありません。ご自分で保存したコピーには、削除するまでデータが残ります。</translation>
        </message>
        <message>
            <source>The people erased leave the database file: SQLite overwrites their rows, and the journal beside it is emptied into the file at once. The log keeps how many were erased and when, never who. Backup copies made before an upgrade still hold them until rotated out (only the newest %1 are kept: a copy is deleted when %1 newer ones have been made): delete %2 to erase them at once. Copies you saved yourself hold them until you delete them.</source>
            <translation>消去した人のデータはデータベースファイルから消えます: SQLite がその行を上書きし、隣のジャーナルもすぐにファイルへ書き戻して空にします。記録には消去した人数と日時だけを残し、誰を消去したかは残しません。更新前に作成したバックアップには、入れ替わるまでデータが残ります (残すのは新しい %1 個だけで、新しいバックアップが %1 個できると削除されます)。すぐに消去するには %2 を削除してください。ご自分で保存したコピーには、削除するまでデータが残ります。</translation>
        </message>
        <message>
            <source>“%1”</source>
            <comment>a backup copy's file name, quoted</comment>
            <translation>「%1」</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the backup copies' file names</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>The people erased leave the shared database's tables at once. The server keeps the space of their deleted rows until it vacuums the tables (it does so by itself, or its administrator runs VACUUM FULL), and its backups (pg_dump files) hold them until they are deleted. The log keeps how many were erased and when, never who.</source>
            <translation>消去した人は共有データベースの表からすぐに消えます。削除した行の領域は、サーバーが表をバキュームするまで残ります（サーバーが自動で行うか、管理者が VACUUM FULL を実行します）。サーバーのバックアップ（pg_dump のファイル）には、そのファイルを削除するまで残ります。ログには消去した人数と日時だけを記録し、誰を消去したかは記録しません。</translation>
        </message>
    </context>
    <context>
        <name>PersonalDataFile</name>
        <message>
            <source>Could not make “%1” readable by its owner only: %2</source>
            <translation>「%1」を所有者だけが読めるようにできませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>PrintChoice</name>
        <message>
            <source>No printer is set up on this computer. Save a PDF file instead, to print elsewhere?</source>
            <translation>このコンピューターにはプリンターが設定されていません。代わりに PDF ファイルを保存して、ほかのコンピューターで印刷しますか？</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>%1

Print on %2 all the same?</source>
            <translation>%1

それでも %2 に印刷しますか？</translation>
        </message>
    </context>
    <context>
        <name>PrintOptions</name>
        <message>
            <source>The PDF file to write.</source>
            <translation>書き出す PDF ファイル。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Print on the default printer instead of writing a file.</source>
            <translation>ファイルに書き出す代わりに、既定のプリンターで印刷します。</translation>
        </message>
        <message>
            <source>Print on the printer NAME instead of writing a file (see “lpstat -e”).</source>
            <translation>ファイルに書き出す代わりに、プリンター NAME で印刷します（一覧は「lpstat -e」）。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>How many copies to print (default 1).</source>
            <translation>印刷する部数（既定は 1）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Print on the printer's nearest paper when it does not offer the pages' size.</source>
            <translation>ページの用紙サイズがプリンターにないとき、最も近い用紙に印刷します。</translation>
        </message>
        <message>
            <source>seminar-desk %1: either write a file with -o FILE or print with --print or --printer NAME, not both.</source>
            <translation>seminar-desk %1: -o FILE でファイルに書き出すか、--print または --printer NAME で印刷するか、どちらか一方にしてください。</translation>
        </message>
        <message>
            <source>seminar-desk %1: name the PDF file to write with -o FILE, or print with --print or --printer NAME.</source>
            <translation>seminar-desk %1: 書き出す PDF ファイルを -o FILE で指定するか、--print または --printer NAME で印刷してください。</translation>
        </message>
        <message>
            <source>seminar-desk %1: name the PDF file to write with -o FILE.</source>
            <translation>seminar-desk %1: 書き出す PDF ファイルを -o FILE で指定してください。</translation>
        </message>
        <message>
            <source>--copies needs a number from 1 to %1, not “%2”.</source>
            <translation>--copies には 1 から %1 までの数を指定してください（「%2」は指定できません）。</translation>
        </message>
    </context>
    <context>
        <name>PrintQueue</name>
        <message>
            <source>%1 × %2 mm</source>
            <translation>%1 × %2 mm</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Sent to the printer “%1” as job %2.</source>
            <translation>プリンター「%1」にジョブ %2 として送りました。</translation>
        </message>
        <message>
            <source>The printer “%1” is paused: job %2 waits in its queue and prints once the printer is resumed.</source>
            <translation>プリンター「%1」は一時停止中です。ジョブ %2 は待ち行列で待機し、プリンターが再開されると印刷されます。</translation>
        </message>
        <message>
            <source>The printer “%1” is paused (“%2”): job %3 waits in its queue and prints once the printer is resumed.</source>
            <translation>プリンター「%1」は一時停止中です（「%2」）。ジョブ %3 は待ち行列で待機し、プリンターが再開されると印刷されます。</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Add one in the system's printer settings, or save a PDF file instead.</source>
            <translation>このコンピューターにはプリンターが設定されていません。システムのプリンター設定で追加するか、代わりに PDF ファイルを保存してください。</translation>
        </message>
        <message>
            <source>No printer is the default one. Name one of these: %1.</source>
            <translation>既定のプリンターがありません。次のいずれかを指定してください: %1</translation>
        </message>
        <message>
            <source>There is no printer “%1”. The printers are: %2.</source>
            <translation>プリンター「%1」はありません。使用できるプリンター: %2</translation>
        </message>
        <message>
            <source>The printer “%1” offers no paper of %2.</source>
            <translation>プリンター「%1」には %2 の用紙がありません。</translation>
        </message>
        <message>
            <source>The printer “%1” offers no paper of %2. The nearest it offers is %3: printed on it, the pages will be off, and labels will not line up with their sheet.</source>
            <translation>プリンター「%1」には %2 の用紙がありません。最も近い用紙は %3 です。この用紙に印刷すると位置がずれ、ラベルは用紙の区画に合いません。</translation>
        </message>
        <message>
            <source>The printer “%1” did not take the job: %2</source>
            <translation>プリンター「%1」が印刷ジョブを受け付けませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeItem</name>
        <message>
            <source>–%1</source>
            <comment>until a time</comment>
            <translation>～%1</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <comment>from a time to a time</comment>
            <translation>%1～%2</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>セッション</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>休憩</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>テキスト</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeStore</name>
        <message>
            <source>%1 “%2”</source>
            <comment>a programme item by its number and title</comment>
            <translation>%1「%2」</translation>
        </message>
        <message>
            <source>Could not save the programme: %1</source>
            <translation>プログラムを保存できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not save the programme item %1: %2</source>
            <translation>プログラム項目 %1 を保存できませんでした: %2</translation>
        </message>
        <message>
            <source>Programme item %1 ends at %2, not after it starts at %3.</source>
            <translation>プログラム項目 %1 の終了時刻（%2）は開始時刻（%3）より後にしてください。</translation>
        </message>
        <message>
            <source>Programme item %1 has an end but no start.</source>
            <translation>プログラム項目 %1 の開始時刻を入力してください。</translation>
        </message>
        <message>
            <source>Programme item %1 (%2) overlaps item %3 (%4).</source>
            <translation>プログラム項目 %1（%2）の時間が項目 %3（%4）と重なっています。時刻を確認してください。</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancelled: nothing was changed.</source>
            <translation>キャンセルしました。何も変更していません。</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyConnection</name>
        <message>
            <source>Could not read “%1”: %2</source>
            <translation>「%1」を読み込めませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>ReceiverDesk</name>
        <message numerus="yes">
            <source>%n receiver(s) are numbered: the seminar has at least that many.</source>
            <translation>
                <numerusform>番号付きのレシーバーが %n 台あります。台数はそれ以上にしてください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Set the Receivers</source>
            <translation>レシーバーの台数の設定</translation>
        </message>
        <message numerus="yes">
            <source>%n receiver(s) are out now: the seminar has at least that many.</source>
            <translation>
                <numerusform>いま %n 台のレシーバーが貸出中です。台数はそれ以上にしてください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>%1, line %2: write a receiver's number, then optionally its channel (a number), such as “R-001,1”.</source>
            <translation>%1 の %2 行目: レシーバーの番号と、必要ならチャンネル（数字）を「R-001,1」のように書いてください。</translation>
        </message>
        <message>
            <source>No one registered for this seminar has the check-in code “%1”.</source>
            <translation>このセミナーに受付コード「%1」の申込はありません。コードを確認してください。</translation>
        </message>
        <message>
            <source>%1 is not registered for this seminar.</source>
            <translation>%1 さんはこのセミナーに申し込んでいません。</translation>
        </message>
        <message>
            <source>%1 is %2 for this seminar: check them in first.</source>
            <translation>%1 さんの申込は「%2」です。先に受付してください。</translation>
        </message>
        <message>
            <source>This seminar has no receivers yet: set how many it has first.</source>
            <translation>このセミナーにはレシーバーがありません。先にレシーバーの台数を設定してください。</translation>
        </message>
        <message numerus="yes">
            <source>All %n receiver(s) are out.</source>
            <translation>
                <numerusform>レシーバー %n 台はすべて貸出中です。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 has a receiver already (since %2).</source>
            <translation>%1 さんはすでにレシーバーを借りています（%2 から）。</translation>
        </message>
        <message>
            <source>This seminar has no receiver numbered “%1”.</source>
            <translation>このセミナーに番号「%1」のレシーバーはありません。番号を確認してください。</translation>
        </message>
        <message>
            <source>Issue a Receiver to “%1”</source>
            <translation>「%1」へのレシーバー貸出</translation>
        </message>
        <message>
            <source>The receiver “%1” is not out.</source>
            <translation>レシーバー「%1」は貸出中ではありません。</translation>
        </message>
        <message>
            <source>%1 has no receiver out.</source>
            <translation>%1 さんはレシーバーを借りていません。</translation>
        </message>
        <message>
            <source>The receiver of %1 has been returned already.</source>
            <translation>%1 さんのレシーバーはすでに返却されています。</translation>
        </message>
        <message>
            <source>Take Back the Receiver of “%1”</source>
            <translation>「%1」のレシーバー返却</translation>
        </message>
    </context>
    <context>
        <name>ReceiverForecast</name>
        <message numerus="yes">
            <source>%n receiver(s) short: the registrations call for %1 with the margin, and the seminar has %2.</source>
            <translation>
                <numerusform>レシーバーが %n 台不足しています。申込から予備を含めて %1 台必要ですが、保有数は %2 台です。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Channel %1 (%2): %n receiver(s) short; %3 needed, %4 set to it or free to be set.</source>
            <translation>
                <numerusform>チャンネル %1（%2）: レシーバーが %n 台不足しています。必要数 %3 台、このチャンネルに設定済みまたは設定可能なもの %4 台。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) prefer %1, which no booth interprets into: no channel counts them.</source>
            <translation>
                <numerusform>%1 を希望する %n 名に対応する通訳ブースがありません。どのチャンネルにも数えていません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Booth “%1” is on channel %2, but the receivers have %n channel(s).</source>
            <translation>
                <numerusform>ブース「%1」はチャンネル %2 ですが、レシーバーのチャンネル数は %n です。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Forecast: %n receiver(s) needed, %1 for the registrations and a margin of %2 %; the seminar has %3.</source>
            <translation>
                <numerusform>予測: レシーバー %n 台が必要です（申込分 %1 台＋予備 %2％）。保有数 %3 台。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No booth into %1: %n person(s)</source>
            <translation>
                <numerusform>%1 への通訳ブースなし: %n 名</numerusform>
            </translation>
        </message>
        <message>
            <source>Channel %1 (%2): needed by %3, %4 with the margin; %5 receivers for it</source>
            <translation>チャンネル %1（%2）: 必要 %3 台、予備を含めて %4 台。このチャンネル用 %5 台</translation>
        </message>
        <message>
            <source>Channel %1 (%2): needed by %3, %4 with the margin</source>
            <translation>チャンネル %1（%2）: 必要 %3 台、予備を含めて %4 台</translation>
        </message>
    </context>
    <context>
        <name>ReceiverInventoryDialog</name>
        <message>
            <source>Interpretation Receivers</source>
            <translation>通訳レシーバー</translation>
        </message>
        <message>
            <source>Number of &amp;receivers:</source>
            <translation>レシーバーの台数(&amp;R):</translation>
        </message>
        <message>
            <source>Receivers with a &amp;number (optional), and the channel each is set to:</source>
            <translation>番号付きのレシーバー（任意）と、それぞれのチャンネル(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Add Receiver</source>
            <translation>レシーバーを追加(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;move Receiver</source>
            <translation>レシーバーを削除(&amp;M)</translation>
        </message>
        <message>
            <source>Read a &amp;List…</source>
            <translation>一覧を読み込む(&amp;L)…</translation>
        </message>
        <message>
            <source>C&amp;hannels of the receivers:</source>
            <translation>レシーバーのチャンネル数(&amp;H):</translation>
        </message>
        <message>
            <source>How many interpretation channels the receiver system offers besides the floor; booths on a higher channel are warned of.</source>
            <translation>フロア音声以外に、レシーバーが受信できる通訳チャンネルの数です。これを超えるチャンネルのブースは警告されます。</translation>
        </message>
        <message>
            <source>Mar&amp;gin of the forecast:</source>
            <translation>予測の予備(&amp;G):</translation>
        </message>
        <message>
            <source>Added to the receivers the registrations call for on each channel, rounded up.</source>
            <translation>申込から必要なレシーバー数にチャンネルごとに加える割合です（切り上げ）。</translation>
        </message>
        <message>
            <source>Forecast from the registrations</source>
            <translation>申込からの予測</translation>
        </message>
    </context>
    <context>
        <name>ReceiverInventoryStore</name>
        <message>
            <source>Could not read the receivers: %1</source>
            <translation>レシーバーの情報を読み込めませんでした: %1</translation>
        </message>
        <message>
            <source>The number of receivers cannot be negative.</source>
            <translation>レシーバーの台数は 0 以上にしてください。</translation>
        </message>
        <message>
            <source>There is no seminar with the number %1.</source>
            <translation>番号 %1 のセミナーは存在しません。</translation>
        </message>
        <message>
            <source>Could not save the receivers: %1</source>
            <translation>レシーバーの情報を保存できませんでした: %1</translation>
        </message>
        <message>
            <source>The receivers' channels are a number from 0 (not stated) to %1, not %2.</source>
            <translation>レシーバーのチャンネル数は 0（未設定）から %1 までの数にしてください（%2 ではありません）。</translation>
        </message>
        <message>
            <source>The margin is a percentage from 0 to %1, not %2.</source>
            <translation>予備は 0 から %1 までの割合（％）にしてください（%2 ではありません）。</translation>
        </message>
    </context>
    <context>
        <name>ReceiverLoan</name>
        <message>
            <source>Nothing</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>ID card</source>
            <translation>身分証明書</translation>
        </message>
        <message>
            <source>Business card</source>
            <translation>名刺</translation>
        </message>
    </context>
    <context>
        <name>ReceiverLoanStore</name>
        <message>
            <source>This person has a receiver already.</source>
            <translation>この人はすでにレシーバーを借りています。</translation>
        </message>
        <message>
            <source>The receiver “%1” is out already: take it back first.</source>
            <translation>レシーバー「%1」は貸出中です。先に返却を受けてください。</translation>
        </message>
        <message>
            <source>Could not record the receiver: %1</source>
            <translation>レシーバーの貸出・返却を記録できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not restore the receiver: %1</source>
            <translation>レシーバーの記録を元に戻せませんでした: %1</translation>
        </message>
        <message>
            <source>The receiver's record no longer exists.</source>
            <translation>このレシーバーの記録はもうありません。</translation>
        </message>
        <message>
            <source>The receiver has been lent again since it came back.</source>
            <translation>このレシーバーは返却後にまた貸し出されています。</translation>
        </message>
    </context>
    <context>
        <name>ReceiverStore</name>
        <message>
            <source>Could not read the receivers: %1</source>
            <translation>レシーバーの情報を読み込めませんでした: %1</translation>
        </message>
        <message>
            <source>Could not save the receivers: %1</source>
            <translation>レシーバーの情報を保存できませんでした: %1</translation>
        </message>
        <message>
            <source>The receiver number “%1” is listed twice.</source>
            <translation>レシーバー番号「%1」が 2 回書かれています。1 回にしてください。</translation>
        </message>
        <message>
            <source>A receiver needs a number, and its channel must be 1 or more.</source>
            <translation>レシーバーには番号を付け、チャンネルは 1 以上にしてください。</translation>
        </message>
    </context>
    <context>
        <name>ReceiversCommand</name>
        <message>
            <source>Code</source>
            <translation>受付コード</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>レシーバー</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>預かり物</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>貸出日時</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>返却日時</translation>
        </message>
        <message>
            <source>Interpretation receivers: the inventory, issue and return, and those not returned.</source>
            <translation>通訳レシーバー: 台数、貸出と返却、未返却の一覧。</translation>
        </message>
        <message>
            <source>inventory, issue, return or outstanding.</source>
            <translation>inventory、issue、return、outstanding のいずれか。</translation>
        </message>
        <message>
            <source>issue and return: the check-in code on the badge.</source>
            <translation>issue と return: 名札の受付コード。</translation>
        </message>
        <message>
            <source>inventory: how many receivers the seminar has.</source>
            <translation>inventory: セミナーのレシーバーの台数。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>inventory: a text file of the receivers' numbers, one a line, optionally with a channel (R-001,1).</source>
            <translation>inventory: レシーバー番号のテキストファイル（1 行に 1 台、チャンネルを付けてもよい: R-001,1）。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>issue, return: the receiver's number.</source>
            <translation>issue、return: レシーバーの番号。</translation>
        </message>
        <message>
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <source>issue: what is held until it comes back: id, card or none (default).</source>
            <translation>issue: 返却まで預かる物: id（身分証明書）、card（名刺）、none（なし、既定値）。</translation>
        </message>
        <message>
            <source>WHAT</source>
            <translation>WHAT</translation>
        </message>
        <message>
            <source>return: the holder's name instead of a code.</source>
            <translation>return: コードの代わりに借りている人の氏名。</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>TEXT</translation>
        </message>
        <message>
            <source>outstanding: the language of the PDF and the CSV</source>
            <translation>outstanding: PDF と CSV の言語</translation>
        </message>
        <message>
            <source>outstanding: write the list as a PDF file.</source>
            <translation>outstanding: 一覧を PDF ファイルに書き出します。</translation>
        </message>
        <message>
            <source>seminar-desk receivers: say what to do: inventory, issue, return or outstanding.</source>
            <translation>seminar-desk receivers: inventory、issue、return、outstanding のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>seminar-desk receivers %1: too many arguments.</source>
            <translation>seminar-desk receivers %1: 引数が多すぎます。</translation>
        </message>
        <message>
            <source>Receivers</source>
            <translation>レシーバー</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>貸出中</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>貸出可能</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>チャンネル</translation>
        </message>
        <message>
            <source>seminar-desk receivers issue: give the check-in code of the person who takes the receiver.</source>
            <translation>seminar-desk receivers issue: レシーバーを借りる人の受付コードを指定してください。</translation>
        </message>
        <message>
            <source>--deposit is id, card or none, not “%1”.</source>
            <translation>--deposit には id、card、none のいずれかを指定してください (「%1」は指定できません)。</translation>
        </message>
        <message>
            <source>Receiver issued to %1.</source>
            <translation>%1 さんにレシーバーを貸し出しました。</translation>
        </message>
        <message>
            <source>seminar-desk receivers return: give a check-in code, --serial S or --name TEXT.</source>
            <translation>seminar-desk receivers return: 受付コード、--serial S、--name TEXT のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>No one holding a receiver matches “%1”.</source>
            <translation>レシーバーを借りている人に「%1」に当てはまる人はいません。</translation>
        </message>
        <message numerus="yes">
            <source>%n people holding a receiver match “%1”: give more of the name, the code or the receiver's number.</source>
            <translation>
                <numerusform>レシーバーを借りている人のうち「%1」に当てはまる人が %n 名います。氏名をもっと詳しく入力するか、受付コードまたはレシーバー番号を指定してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Receiver returned by %1: give back %2.</source>
            <translation>%1 さんからレシーバーの返却を受けました。預かり物（%2）を返してください。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the %n receiver(s) not returned to %1.</source>
            <translation>
                <numerusform>未返却のレシーバー %n 台の一覧を %1 に書き出しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>inventory: how many channels the receivers offer besides the floor (0: not stated).</source>
            <translation>inventory: フロア音声以外にレシーバーが受信できるチャンネル数（0: 未設定）。</translation>
        </message>
        <message>
            <source>inventory: the margin the forecast adds to the receivers the registrations need, in per cent (10 unless set).</source>
            <translation>inventory: 申込から必要なレシーバー数に予測が加える予備（％、既定は 10）。</translation>
        </message>
        <message>
            <source>PERCENT</source>
            <translation>割合</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>チャンネル数</translation>
        </message>
        <message>
            <source>a number of receivers such as 40</source>
            <translation>40 のようなレシーバーの台数</translation>
        </message>
        <message>
            <source>a number of channels from 0 to %1</source>
            <translation>0 から %1 までのチャンネル数</translation>
        </message>
        <message>
            <source>a percentage from 0 to %1</source>
            <translation>0 から %1 までの割合</translation>
        </message>
        <message>
            <source>--%1 needs %2, not “%3”.</source>
            <translation>--%1 には%2を指定してください（「%3」ではありません）。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>必要数</translation>
        </message>
        <message>
            <source>For it</source>
            <translation>対応台数</translation>
        </message>
        <message>
            <source>Short</source>
            <translation>不足</translation>
        </message>
        <message>
            <source>no booth</source>
            <translation>ブースなし</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>警告: %1</translation>
        </message>
    </context>
    <context>
        <name>ReceptionList</name>
        <message>
            <source>Needed</source>
            <translation>要</translation>
        </message>
        <message>
            <source>Other (no reading)</source>
            <translation>その他（フリガナなし）</translation>
        </message>
        <message>
            <source>Desk %1 of %2: %3</source>
            <translation>受付 %1／%2：%3</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>レシーバー</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>受付</translation>
        </message>
        <message>
            <source>No one is registered for this seminar.</source>
            <translation>このセミナーに申込はありません。</translation>
        </message>
        <message>
            <source>Reception list</source>
            <translation>受付名簿</translation>
        </message>
    </context>
    <context>
        <name>ReceptionListCommand</name>
        <message>
            <source>Split the list at kana-row boundaries for this many reception desks (1 to %1, default 1).</source>
            <translation>五十音の行の区切りで、この数の受付に名簿を分けます（1～%1、既定値 1）。</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>The list's language</source>
            <translation>名簿の言語</translation>
        </message>
        <message>
            <source>--desks needs a number of desks from 1 to %1, not “%2”.</source>
            <translation>--desks には受付の数を 1～%1 で指定してください (「%2」は指定できません)。</translation>
        </message>
        <message>
            <source>No one is registered for this seminar: there is no reception list to print.</source>
            <translation>このセミナーに申込はありません。印刷する受付名簿はありません。</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the reception list of %n people to %1: %2 page(s), %3 desk(s).</source>
            <translation>
                <numerusform>%n 名の受付名簿を %1 に書き出しました（%2 ページ、受付 %3 か所）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  %1: %n people</source>
            <translation>
                <numerusform>  %1: %n 名</numerusform>
            </translation>
        </message>
        <message>
            <source>Write the reception list (受付名簿) of a seminar to a PDF file or a printer, split for several desks.</source>
            <translation>セミナーの受付名簿を PDF ファイルに書き出すか、印刷します。複数の受付に分けることもできます。</translation>
        </message>
        <message numerus="yes">
            <source>Printed the reception list of %n people: %1 page(s), %2 desk(s).</source>
            <translation>
                <numerusform>%n 名の受付名簿を印刷しました（%1 ページ、受付 %2 か所）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Registration</name>
        <message>
            <source>Registered</source>
            <translation>申込済み</translation>
        </message>
        <message>
            <source>Waitlisted</source>
            <translation>キャンセル待ち</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>キャンセル済み</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>要</translation>
        </message>
        <message>
            <source>Not needed</source>
            <translation>不要</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>手入力</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>デモ</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Web申込</translation>
        </message>
        <message>
            <source>CSV import (%1)</source>
            <translation>CSVインポート（%1）</translation>
        </message>
    </context>
    <context>
        <name>RegistrationStore</name>
        <message>
            <source>This attendee is already registered for the seminar.</source>
            <translation>この参加者は既にこのセミナーに申込済みです。</translation>
        </message>
        <message>
            <source>The seminar or the attendee of this registration no longer exists.</source>
            <translation>この申込のセミナーまたは参加者は削除されています。</translation>
        </message>
        <message>
            <source>Could not save the registration: %1</source>
            <translation>申込を保存できませんでした: %1</translation>
        </message>
        <message>
            <source>The check-in code “%1” is already used by another registration.</source>
            <translation>受付コード「%1」は別の申込で使用中です。</translation>
        </message>
        <message>
            <source>The registration no longer exists.</source>
            <translation>この申込は削除されています。</translation>
        </message>
        <message>
            <source>Could not delete the registration: %1</source>
            <translation>申込を削除できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not restore the registration: %1</source>
            <translation>申込を復元できませんでした: %1</translation>
        </message>
        <message>
            <source>There is no registration with the number %1.</source>
            <translation>ID %1 の申込は見つかりません。</translation>
        </message>
        <message>
            <source>No registration has the check-in code “%1”.</source>
            <translation>受付コード「%1」の申込は見つかりません。</translation>
        </message>
        <message>
            <source>Could not read the registrations: %1</source>
            <translation>申込を読み込めませんでした: %1</translation>
        </message>
        <message>
            <source>Could not record the printed badges: %1</source>
            <translation>名札の印刷記録を保存できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not count the arrivals: %1</source>
            <translation>来場者を数えられませんでした: %1</translation>
        </message>
        <message>
            <source>Could not search the registrations: %1</source>
            <translation>申込を検索できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not check in: %1</source>
            <translation>受付できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not undo the check-in: %1</source>
            <translation>受付を取り消せませんでした: %1</translation>
        </message>
        <message>
            <source>Could not count the badges waiting to be printed: %1</source>
            <translation>印刷待ちの名札を数えられませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>RetentionPeriod</name>
        <message>
            <source>“%1” is not a period: write months as 12m or years as 2y (1 month to %2 years).</source>
            <translation>「%1」は期間ではありません。月数は 12m、年数は 2y のように指定してください (1 か月から %2 年まで)。</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n か月</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RotaCheck</name>
        <message>
            <source>Booth “%1” interprets %2 minutes in one day, more than the 8 hours the norms allow: split the day.</source>
            <translation>ブース「%1」の通訳時間は1日 %2 分で、基準の上限の8時間を超えています。日を分けてください。</translation>
        </message>
        <message numerus="yes">
            <source>Booth “%1” interprets %2 minutes and has %n interpreter(s); the norms ask for %3.</source>
            <translation>
                <numerusform>ブース「%1」の通訳時間は %2 分で、通訳者は %n 名です。基準では %3 名必要です。</numerusform>
            </translation>
        </message>
        <message>
            <source>Booth “%1” interprets %2 minutes: a team of two works near its limit above three and a half hours.</source>
            <translation>ブース「%1」の通訳時間は %2 分です。3時間30分を超えると2名では限界に近いため、人数を確認してください。</translation>
        </message>
        <message numerus="yes">
            <source>The seminar is interpreted in %1 languages and has %n interpreter(s) in all; the norms ask for at least %2.</source>
            <translation>
                <numerusform>このセミナーは %1 言語で通訳され、通訳者は全体で %n 名です。基準では %2 名以上必要です。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1's turn in booth “%2” from %3 to %4 is longer than %5 minutes.</source>
            <translation>ブース「%2」の %1 の担当（%3～%4）が %5 分を超えています。</translation>
        </message>
        <message>
            <source>%1's shift in booth “%2” from %3 to %4 is outside the seminar (%5 to %6).</source>
            <translation>ブース「%2」の %1 の担当時間（%3～%4）がセミナーの時間（%5～%6）の外にあります。</translation>
        </message>
        <message>
            <source>%1 is in booth “%2” and in booth “%3” at once, from %4 to %5.</source>
            <translation>%1 がブース「%2」とブース「%3」を同時に担当しています（%4～%5）。</translation>
        </message>
        <message>
            <source>No booth interprets into %1: its listeners need relay, or a booth of its own.</source>
            <translation>%1 に通訳するブースがありません。リレー通訳にするか、ブースを追加してください。</translation>
        </message>
    </context>
    <context>
        <name>Seminar</name>
        <message>
            <source>Planned</source>
            <translation>準備中</translation>
        </message>
        <message>
            <source>Open for registration</source>
            <translation>申込受付中</translation>
        </message>
        <message>
            <source>Registration closed</source>
            <translation>申込受付終了</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>開催済み</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>中止</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中国語</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>韓国語</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>ベトナム語</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>インドネシア語</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>タイ語</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Webフォーム</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>FAX</source>
            <translation>FAX</translation>
        </message>
    </context>
    <context>
        <name>SeminarContactsPage</name>
        <message>
            <source>A&amp;dd from the contact book:</source>
            <translation>アドレス帳から追加(&amp;D):</translation>
        </message>
        <message>
            <source>as</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>&amp;Link</source>
            <translation>関連付け(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>SeminarDayCommand</name>
        <message>
            <source>The seminar (its ID, as “seminar-desk list seminars” shows).</source>
            <translation>セミナー（「seminar-desk list seminars」に表示される ID）。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>The desk's name in the check-in log (default: the one in Settings, or the computer's name).</source>
            <translation>受付記録に残る受付の名前（既定値: 設定の名前、またはコンピューター名）。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAME</translation>
        </message>
        <message>
            <source>%1 (default: %2).</source>
            <translation>%1 (既定値: %2)。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>--format is %1, not “%2”.</source>
            <translation>--format には %1 のいずれかを指定してください (「%2」は指定できません)。</translation>
        </message>
        <message>
            <source>seminar-desk %1: say which seminar with --seminar ID.</source>
            <translation>seminar-desk %1: --seminar ID でセミナーを指定してください。</translation>
        </message>
        <message>
            <source>%1: ja or en (default: the program's language).</source>
            <translation>%1: ja または en (既定値: プログラムの言語)。</translation>
        </message>
        <message>
            <source>LANGUAGE</source>
            <translation>LANGUAGE</translation>
        </message>
        <message>
            <source>--language is ja or en, not “%1”.</source>
            <translation>--language には ja または en を指定してください (「%1」は指定できません)。</translation>
        </message>
    </context>
    <context>
        <name>SeminarEditor</name>
        <message>
            <source>Seminar</source>
            <translation>セミナー</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>全般(&amp;G)</translation>
        </message>
        <message>
            <source>Title (&amp;Japanese):</source>
            <translation>タイトル（日本語）(&amp;J):</translation>
        </message>
        <message>
            <source>Title (&amp;English):</source>
            <translation>タイトル（英語）(&amp;E):</translation>
        </message>
        <message>
            <source>Title on &amp;badges:</source>
            <translation>名札用タイトル(&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>開始(&amp;S):</translation>
        </message>
        <message>
            <source>E&amp;nds:</source>
            <translation>終了(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Venue:</source>
            <translation>会場(&amp;V):</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>主催者(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Capacity:</source>
            <translation>定員(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Interpretation:</source>
            <translation>通訳(&amp;I):</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>状態(&amp;T):</translation>
        </message>
        <message>
            <source>Description (Japanese):</source>
            <translation>説明（日本語）:</translation>
        </message>
        <message>
            <source>Description (English):</source>
            <translation>説明（英語）:</translation>
        </message>
        <message>
            <source>Te&amp;xts</source>
            <translation>説明文(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Registration and flyer</source>
            <translation>申込・チラシ(&amp;R)</translation>
        </message>
        <message>
            <source>Participation &amp;fee:</source>
            <translation>参加費(&amp;F):</translation>
        </message>
        <message>
            <source>Reception &amp;opens:</source>
            <translation>受付開始(&amp;O):</translation>
        </message>
        <message>
            <source>Registration &amp;deadline:</source>
            <translation>申込締切(&amp;D):</translation>
        </message>
        <message>
            <source>How to apply:</source>
            <translation>申込方法:</translation>
        </message>
        <message>
            <source>&amp;Web form</source>
            <translation>Webフォーム(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>E-mail(&amp;E)</translation>
        </message>
        <message>
            <source>To the FAX number of the seminar's enquiries contact.</source>
            <translation>セミナーの問い合わせ先の FAX 番号あてです。</translation>
        </message>
        <message>
            <source>F&amp;AX</source>
            <translation>FAX(&amp;A)</translation>
        </message>
        <message>
            <source>Registration form &amp;URL:</source>
            <translation>申込フォームの URL(&amp;U):</translation>
        </message>
        <message>
            <source>Registration e-&amp;mail:</source>
            <translation>申込先 E-mail(&amp;M):</translation>
        </message>
        <message>
            <source>The flyer shows these with a QR code of the registration form. Co-organisers and supporters are contacts linked to the seminar in the Contacts tab.</source>
            <translation>チラシには、これらを申込フォームの QR コードとともに載せます。共催・後援は「連絡先」タブでセミナーに結び付けた連絡先です。</translation>
        </message>
        <message>
            <source>&amp;Programme</source>
            <translation>プログラム(&amp;P)</translation>
        </message>
        <message>
            <source>Type into a cell to change it. Times as 13:30; an item without an end takes no time. Speakers as Name (Affiliation); Name (Affiliation).</source>
            <translation>セルに入力すると変更できます。時刻は 13:30 の形で入力してください（終了時刻のない項目は時間を取りません）。登壇者は「氏名（所属）; 氏名（所属）」の形で入力してください。</translation>
        </message>
        <message>
            <source>&amp;Add Item</source>
            <translation>項目を追加(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;move Item</source>
            <translation>項目を削除(&amp;M)</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>上へ移動(&amp;U)</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>下へ移動(&amp;D)</translation>
        </message>
        <message>
            <source>Turn lengt&amp;h:</source>
            <translation>1回の担当時間(&amp;H):</translation>
        </message>
        <message>
            <source>How long an interpreter's turn in the booth lasts: 30 minutes by the AIIC norms; Japanese agencies often work 15 to 20.</source>
            <translation>通訳者がブースで1回に担当する時間です。AIIC の基準では30分、日本のエージェントでは15～20分が多く見られます。</translation>
        </message>
    </context>
    <context>
        <name>SeminarStore</name>
        <message>
            <source>A seminar needs a title in Japanese or in English.</source>
            <translation>日本語または英語のタイトルを入力してください。</translation>
        </message>
        <message>
            <source>A seminar needs a start and an end.</source>
            <translation>開始日時と終了日時を入力してください。</translation>
        </message>
        <message>
            <source>The seminar ends before it starts.</source>
            <translation>終了日時は開始日時より後にしてください。</translation>
        </message>
        <message>
            <source>The capacity cannot be negative.</source>
            <translation>定員は 0 以上にしてください。</translation>
        </message>
        <message>
            <source>Could not save the seminar “%1”: %2</source>
            <translation>セミナー「%1」を保存できませんでした: %2</translation>
        </message>
        <message>
            <source>The seminar no longer exists.</source>
            <translation>このセミナーは削除されています。</translation>
        </message>
        <message>
            <source>Could not delete the seminar: %1</source>
            <translation>セミナーを削除できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not restore the seminar “%1”: %2</source>
            <translation>セミナー「%1」を復元できませんでした: %2</translation>
        </message>
        <message>
            <source>There is no seminar with the number %1.</source>
            <translation>ID %1 のセミナーは見つかりません。</translation>
        </message>
        <message>
            <source>The participation fee cannot be negative.</source>
            <translation>参加費は 0 以上にしてください。</translation>
        </message>
        <message>
            <source>Reception opens after the seminar starts.</source>
            <translation>受付開始はセミナーの開始時刻より前にしてください。</translation>
        </message>
        <message>
            <source>The registration deadline is after the seminar.</source>
            <translation>申込締切はセミナーの開催日以前にしてください。</translation>
        </message>
        <message>
            <source>“%1” is not a web address (https://…).</source>
            <translation>「%1」は Web アドレス（https://…）ではありません。確認してください。</translation>
        </message>
        <message>
            <source>“%1” is not an e-mail address.</source>
            <translation>「%1」は有効なメールアドレスではありません。</translation>
        </message>
        <message>
            <source>Applying on the web needs the address of the registration form.</source>
            <translation>Web で申し込む場合は、申込フォームのアドレスを入力してください。</translation>
        </message>
        <message>
            <source>Applying by e-mail needs the registration e-mail address.</source>
            <translation>E-mail で申し込む場合は、申込先のメールアドレスを入力してください。</translation>
        </message>
        <message>
            <source>An interpreter's turn lasts from %1 to %2 minutes, not %3.</source>
            <translation>通訳者の1回の担当時間は %1～%2 分にしてください（%3 分は指定できません）。</translation>
        </message>
    </context>
    <context>
        <name>ServerPassword</name>
        <message>
            <source>The server asks for the password of %1 (none was typed, and ~/.pgpass has none for “%2”). Type it and open again.</source>
            <translation>サーバーが %1 のパスワードを求めています（入力がなく、~/.pgpass にも「%2」のものがありません）。パスワードを入力して、もう一度開いてください。</translation>
        </message>
        <message>
            <source>The server asks for the password of %1 for “%2”. Seminar Desk never takes a password on the command line: set the environment variable PGPASSWORD, or write a line HOST:PORT:DATABASE:USER:PASSWORD in ~/.pgpass (readable by you only: chmod 600 ~/.pgpass).</source>
            <translation>サーバーが「%2」に対する %1 のパスワードを求めています。Seminar Desk はコマンドラインでパスワードを受け付けません。環境変数 PGPASSWORD を設定するか、~/.pgpass に HOST:PORT:DATABASE:USER:PASSWORD の行を書いてください（本人だけが読めるように: chmod 600 ~/.pgpass）。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Reopen the last database at start</source>
            <translation>起動時に前回のデータベースを開く(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Keep personal data for:</source>
            <translation>個人情報の保存期間(&amp;K):</translation>
        </message>
        <message>
            <source>months after a person's last seminar</source>
            <translation>か月 (最後のセミナーから)</translation>
        </message>
        <message>
            <source>Japan's APPI asks that personal data no longer needed be deleted: the people whose last seminar ended longer ago than this can be erased.</source>
            <translation>個人情報保護法では、不要になった個人情報を消去するよう求めています。最後のセミナーからこの期間が過ぎた人のデータは消去できます。</translation>
        </message>
        <message>
            <source>&amp;Desk name:</source>
            <translation>受付の名前(&amp;D):</translation>
        </message>
        <message>
            <source>The check-in log records each check-in with this name, so that several desks at one door can be told apart. Empty: the computer's name.</source>
            <translation>受付記録には、この名前で受付が記録されます。入口に複数の受付があるときに区別するためです。空欄の場合はコンピューター名になります。</translation>
        </message>
        <message>
            <source>S&amp;ounds at check-in (each answer its own)</source>
            <translation>受付時に音を鳴らす（結果ごとに異なる音）(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseDialog</name>
        <message>
            <source>Open Shared Database</source>
            <translation>共有データベースを開く</translation>
        </message>
        <message>
            <source>A database on a PostgreSQL server, which several desks can work on at once.</source>
            <translation>PostgreSQL サーバー上のデータベースです。複数の受付で同時に作業できます。</translation>
        </message>
        <message>
            <source>&amp;Recent:</source>
            <translation>最近使った接続(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>ホスト(&amp;H):</translation>
        </message>
        <message>
            <source>db.example.org, an IP address, or a socket folder such as /run/postgresql</source>
            <translation>db.example.org、IP アドレス、または /run/postgresql などのソケットのフォルダー</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>ポート(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>データベース(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>ユーザー(&amp;U):</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>パスワード(&amp;W):</translation>
        </message>
        <message>
            <source>Empty: from ~/.pgpass, or none</source>
            <translation>空欄: ~/.pgpass から、またはなし</translation>
        </message>
        <message>
            <source>&amp;Encryption:</source>
            <translation>暗号化(&amp;E):</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>アドレス:</translation>
        </message>
        <message>
            <source>Seminar Desk never stores the password: it remembers the address only.</source>
            <translation>Seminar Desk はパスワードを保存しません。記憶するのはアドレスだけです。</translation>
        </message>
    </context>
    <context>
        <name>SheetXmlScanner</name>
        <message>
            <source>it declares a document type, which no workbook does</source>
            <translation>文書型宣言があります。ブックにはないものです</translation>
        </message>
        <message>
            <source>a “&lt;” is not followed by the name of an element</source>
            <translation>「&lt;」の後に要素名がありません</translation>
        </message>
        <message>
            <source>&lt;%1&gt; follows the end of the document</source>
            <translation>文書の終わりの後に &lt;%1&gt; があります</translation>
        </message>
        <message>
            <source>the attributes of &lt;%1&gt; are malformed</source>
            <translation>&lt;%1&gt; の属性の書き方が正しくありません</translation>
        </message>
        <message>
            <source>&lt;/%1&gt; ends an element that was never started</source>
            <translation>&lt;/%1&gt; に対応する開始タグがありません</translation>
        </message>
        <message>
            <source>&lt;/%1&gt; ends &lt;%2&gt; too early</source>
            <translation>&lt;/%1&gt; が &lt;%2&gt; より先に閉じられています</translation>
        </message>
        <message>
            <source>text stands outside the document's element</source>
            <translation>文書の要素の外に文字があります</translation>
        </message>
        <message>
            <source>its text is not in UTF-8</source>
            <translation>文字が UTF-8 ではありません</translation>
        </message>
        <message>
            <source>an “&amp;” starts no known character reference</source>
            <translation>「&amp;」で始まる文字参照が正しくありません</translation>
        </message>
    </context>
    <context>
        <name>SheetsCommand</name>
        <message>
            <source>List the label sheets badges can be printed on, with their geometry.</source>
            <translation>名札を印刷できるラベル用紙を、寸法とともに一覧表示します。</translation>
        </message>
        <message>
            <source>table (default) or json.</source>
            <translation>table（既定値）または json。</translation>
        </message>
        <message>
            <source>FORMAT</source>
            <translation>FORMAT</translation>
        </message>
        <message>
            <source>--format is table or json, not “%1”.</source>
            <translation>--format には table または json を指定してください（「%1」は指定できません）。</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>ラベル用紙</translation>
        </message>
        <message>
            <source>Paper (mm)</source>
            <translation>用紙（mm）</translation>
        </message>
        <message>
            <source>Label (mm)</source>
            <translation>ラベル（mm）</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>面数</translation>
        </message>
        <message>
            <source>First at (mm)</source>
            <translation>先頭ラベル位置（mm）</translation>
        </message>
        <message>
            <source>Pitch (mm)</source>
            <translation>ピッチ（mm）</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>説明</translation>
        </message>
    </context>
    <context>
        <name>SortKeyRefresh</name>
        <message>
            <source>Could not re-sort the names for this computer's collation: %1</source>
            <translation>このコンピューターの照合順序に合わせて氏名を並べ替えられませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>SqliteStatement</name>
        <message>
            <source>The database connection is not an SQLite one.</source>
            <translation>データベースの接続が SQLite のものではありません。</translation>
        </message>
    </context>
    <context>
        <name>TablePrintDialog</name>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>The language of the printed list and of the file saved, whatever the program's own.</source>
            <translation>印刷する一覧と保存するファイルの言語です。プログラムの表示言語とは別に選べます。</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>印刷(&amp;P)…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>PDF として保存(&amp;D)…</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>CSV として保存(&amp;C)…</translation>
        </message>
    </context>
    <context>
        <name>TablePrinter</name>
        <message>
            <source>Could not start painting the list.</source>
            <translation>一覧の描画を開始できませんでした。</translation>
        </message>
        <message>
            <source>Could not finish painting the list.</source>
            <translation>一覧の描画を完了できませんでした。</translation>
        </message>
        <message numerus="yes">
            <source>Writing “%1”… page %2 of %n</source>
            <translation>
                <numerusform>「%1」を書き出しています… %n ページ中 %2 ページ目</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VenueEditor</name>
        <message>
            <source>Venue</source>
            <translation>会場</translation>
        </message>
        <message>
            <source>&amp;Name (Japanese):</source>
            <translation>名称（日本語）(&amp;N):</translation>
        </message>
        <message>
            <source>Name (&amp;English):</source>
            <translation>名称（英語）(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Postal code:</source>
            <translation>郵便番号(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Address (Japanese):</source>
            <translation>住所（日本語）(&amp;A):</translation>
        </message>
        <message>
            <source>A&amp;ccess:</source>
            <translation>交通アクセス(&amp;C):</translation>
        </message>
        <message>
            <source>Address (En&amp;glish):</source>
            <translation>住所 (英語)(&amp;G):</translation>
        </message>
    </context>
    <context>
        <name>VenueStore</name>
        <message>
            <source>A venue needs a name.</source>
            <translation>会場の名称を入力してください。</translation>
        </message>
        <message>
            <source>Could not save the venue “%1”: %2</source>
            <translation>会場「%1」を保存できませんでした: %2</translation>
        </message>
        <message>
            <source>The venue no longer exists.</source>
            <translation>この会場は削除されています。</translation>
        </message>
        <message>
            <source>The venue cannot be deleted while seminars are held there; move them to another venue first.</source>
            <translation>この会場で開催されるセミナーがあるため、削除できません。先にセミナーを別の会場に移してください。</translation>
        </message>
        <message>
            <source>Could not delete the venue: %1</source>
            <translation>会場を削除できませんでした: %1</translation>
        </message>
        <message>
            <source>Could not restore the venue “%1”: %2</source>
            <translation>会場「%1」を復元できませんでした: %2</translation>
        </message>
        <message>
            <source>There is no venue with the number %1.</source>
            <translation>ID %1 の会場は見つかりません。</translation>
        </message>
    </context>
    <context>
        <name>VersionConflict</name>
        <message>
            <source>%1 to %2, contact %3</source>
            <translation>%1～%2、連絡先 %3</translation>
        </message>
        <message>
            <source>Theirs (version %1)</source>
            <translation>相手の版（版 %1）</translation>
        </message>
        <message>
            <source>Theirs (saved %1, version %2)</source>
            <translation>相手の版（%1 保存、版 %2）</translation>
        </message>
        <message>
            <source>Title (Japanese)</source>
            <translation>タイトル（日本語）</translation>
        </message>
        <message>
            <source>Title (English)</source>
            <translation>タイトル（英語）</translation>
        </message>
        <message>
            <source>Title on badges</source>
            <translation>名札用タイトル</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Venue number</source>
            <translation>会場番号</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>主催者</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>定員</translation>
        </message>
        <message>
            <source>Interpretation</source>
            <translation>通訳</translation>
        </message>
        <message>
            <source>Turn length (minutes)</source>
            <translation>1回の担当時間（分）</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Participation fee (yen)</source>
            <translation>参加費（円）</translation>
        </message>
        <message>
            <source>Reception opens</source>
            <translation>受付開始</translation>
        </message>
        <message>
            <source>Registration deadline</source>
            <translation>申込締切</translation>
        </message>
        <message>
            <source>How to apply</source>
            <translation>申込方法</translation>
        </message>
        <message>
            <source>Registration form URL</source>
            <translation>申込フォームの URL</translation>
        </message>
        <message>
            <source>Registration e-mail</source>
            <translation>申込先 E-mail</translation>
        </message>
        <message>
            <source>Description (Japanese)</source>
            <translation>説明（日本語）</translation>
        </message>
        <message>
            <source>Description (English)</source>
            <translation>説明（英語）</translation>
        </message>
        <message>
            <source>Name (Japanese)</source>
            <translation>名称（日本語）</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>名称（英語）</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>郵便番号</translation>
        </message>
        <message>
            <source>Address (Japanese)</source>
            <translation>住所（日本語）</translation>
        </message>
        <message>
            <source>Address (English)</source>
            <translation>住所（英語）</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>交通アクセス</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Receiver channel</source>
            <translation>レシーバーのチャンネル</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Name in Latin script</source>
            <translation>ローマ字氏名</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>役職</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <source>Address in English</source>
            <translation>英語の住所</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>FAX</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>プログラム</translation>
        </message>
        <message>
            <source>Interpreters' shifts</source>
            <translation>通訳者の担当</translation>
        </message>
        <message>
            <source>Organisation</source>
            <comment>a contact's kind</comment>
            <translation>団体</translation>
        </message>
        <message>
            <source>Person</source>
            <comment>a contact's kind</comment>
            <translation>個人</translation>
        </message>
        <message>
            <source>%1, channel %2</source>
            <translation>%1（チャンネル %2）</translation>
        </message>
        <message>
            <source>Receivers</source>
            <translation>レシーバー台数</translation>
        </message>
        <message>
            <source>Channels of the receivers</source>
            <translation>レシーバーのチャンネル数</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>未設定</translation>
        </message>
        <message>
            <source>Margin of the forecast</source>
            <translation>予測の予備</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1％</translation>
        </message>
        <message>
            <source>Numbered receivers</source>
            <translation>番号付きのレシーバー</translation>
        </message>
    </context>
    <context>
        <name>VersionedUpdate</name>
        <message>
            <source>someone else changed it since it was opened here (their version %1, this one %2).</source>
            <translation>ここで開いた後に別の人が変更しました（相手の版 %1、こちらの版 %2）。</translation>
        </message>
    </context>
    <context>
        <name>WalkInForm</name>
        <message>
            <source>Walk-in</source>
            <translation>当日登録</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>姓(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>名(&amp;G):</translation>
        </message>
        <message>
            <source>Family &amp;reading:</source>
            <translation>セイ(&amp;R):</translation>
        </message>
        <message>
            <source>G&amp;iven reading:</source>
            <translation>メイ(&amp;I):</translation>
        </message>
        <message>
            <source>Organi&amp;sation:</source>
            <translation>所属(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;E-mail (optional):</source>
            <translation>メールアドレス（任意）(&amp;E):</translation>
        </message>
        <message>
            <source>This &amp;person:</source>
            <translation>この方(&amp;P):</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>区分(&amp;T):</translation>
        </message>
        <message>
            <source>Needs a recei&amp;ver</source>
            <translation>レシーバー要(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>XlsxArchive</name>
        <message>
            <source>“%1” is not a zip archive, or a damaged one.</source>
            <translation>「%1」は zip 形式ではないか、破損しています。</translation>
        </message>
        <message>
            <source>the part “%1” is missing</source>
            <translation>パーツ「%1」がありません</translation>
        </message>
        <message>
            <source>the part “%1” cannot be read</source>
            <translation>パーツ「%1」を読み込めません</translation>
        </message>
        <message>
            <source>the part “%1” is encrypted</source>
            <translation>パーツ「%1」は暗号化されています</translation>
        </message>
        <message>
            <source>the part “%1” cannot be unpacked</source>
            <translation>パーツ「%1」を展開できません</translation>
        </message>
        <message>
            <source>the part “%1” is larger than %2 MB</source>
            <translation>パーツ「%1」が %2 MB を超えています</translation>
        </message>
        <message>
            <source>the part “%1” is damaged</source>
            <translation>パーツ「%1」が破損しています</translation>
        </message>
    </context>
    <context>
        <name>XlsxExporter</name>
        <message>
            <source>More registrations than the %1 rows an Excel sheet holds. Nothing was written.</source>
            <translation>申込の件数が Excel の 1 シートに入る %1 行を超えています。ファイルは書き込まれていません。</translation>
        </message>
        <message>
            <source>Row %1, column “%2”: the text is longer than the %3 characters an Excel cell holds. Shorten it, or export as CSV. Nothing was written.</source>
            <translation>%1 行目、「%2」列: 文字数が Excel の 1 セルに入る %3 文字を超えています。短くするか、CSV でエクスポートしてください。ファイルは書き込まれていません。</translation>
        </message>
        <message>
            <source>Could not write “%1”: %2</source>
            <translation>「%1」を書き込めませんでした: %2</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2</source>
            <translation>「%1」を読み込めませんでした: %2</translation>
        </message>
    </context>
    <context>
        <name>XlsxReader</name>
        <message>
            <source>Sheet “%1” is damaged: %2 (line %3 of its XML).</source>
            <translation>シート「%1」が破損しています: %2 (XML の %3 行目)。</translation>
        </message>
        <message>
            <source>Sheet “%1” ends before its end: the workbook is damaged.</source>
            <translation>シート「%1」が途中で切れています。ブックが破損しています。</translation>
        </message>
        <message>
            <source>Sheet “%1”, cell %2: the formula has no saved value. Open the workbook in Excel, let it calculate, save it and import it again.</source>
            <translation>シート「%1」のセル %2: 数式の計算結果が保存されていません。Excel でブックを開いて再計算し、保存してからもう一度インポートしてください。</translation>
        </message>
        <message>
            <source>Sheet “%1”, cell %2 refers to a text the workbook does not hold: the workbook is damaged.</source>
            <translation>シート「%1」のセル %2 が、ブックにない文字列を参照しています。ブックが破損しています。</translation>
        </message>
        <message>
            <source>Sheet “%1”, cell %2 holds “%3”, which is not a number: the workbook is damaged.</source>
            <translation>シート「%1」のセル %2 の「%3」は数値ではありません。ブックが破損しています。</translation>
        </message>
        <message>
            <source>Sheet “%1”, cell %2 holds %3 characters, more than the %4 an Excel cell can: shorten it and save the workbook again.</source>
            <translation>シート「%1」のセル %2 は %3 文字あり、Excel の 1 セルに入る %4 文字を超えています。短くしてブックを保存し直してください。</translation>
        </message>
        <message>
            <source>Sheet “%1”, cells %2 are merged. Unmerge them (Home ▸ Merge &amp; Center) so that each column has its own value, save the workbook and import it again.</source>
            <translation>シート「%1」のセル %2 が結合されています。結合を解除し ([ホーム] ▸ [セルを結合して中央揃え])、列ごとに値が入るようにして保存してから、もう一度インポートしてください。</translation>
        </message>
        <message>
            <source>Could not read “%1”: %2</source>
            <translation>「%1」を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>“%1” is protected with a password. Open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password), save it and import it again.</source>
            <translation>「%1」はパスワードで保護されています。Excel で開いてパスワードを解除し ([ファイル] ▸ [情報] ▸ [ブックの保護] ▸ [パスワードを使用して暗号化])、保存してからもう一度インポートしてください。</translation>
        </message>
        <message>
            <source>“%1” is in the old Excel 97–2003 format (.xls). Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
            <translation>「%1」は古い Excel 97-2003 形式 (.xls) です。Excel で開いて Excel ブック (.xlsx) として保存し、そのファイルをインポートしてください。</translation>
        </message>
        <message>
            <source>“%1”: %2</source>
            <translation>「%1」: %2</translation>
        </message>
        <message>
            <source>this zip archive is not an Excel workbook. Choose an .xlsx file or a CSV file.</source>
            <translation>この zip ファイルは Excel ブックではありません。.xlsx ファイルまたは CSV ファイルを選択してください。</translation>
        </message>
        <message>
            <source>its workbook part is damaged: %1.</source>
            <translation>ブックの本体が破損しています: %1。</translation>
        </message>
        <message>
            <source>the sheet “%1” is missing from the workbook: the workbook is damaged.</source>
            <translation>シート「%1」がブックにありません。ブックが破損しています。</translation>
        </message>
        <message>
            <source>its number formats are damaged: %1.</source>
            <translation>表示形式の定義が破損しています: %1。</translation>
        </message>
        <message>
            <source>“%1” has no sheet with cells.</source>
            <translation>「%1」にはセルのあるシートがありません。</translation>
        </message>
        <message>
            <source>“%1” in “%2” is a chart, not a sheet of cells.</source>
            <translation>「%2」の「%1」はグラフシートです。セルのあるシートを指定してください。</translation>
        </message>
        <message>
            <source>“%1” has no sheet named “%2”; its sheets are: %3.</source>
            <translation>「%1」に「%2」というシートはありません。シート: %3。</translation>
        </message>
        <message>
            <source>Sheet “%1”: %2.</source>
            <translation>シート「%1」: %2。</translation>
        </message>
        <message>
            <source>its shared texts are damaged: %1 (line %2 of their XML).</source>
            <translation>共有文字列が壊れています: %1（XML の %2 行目）。</translation>
        </message>
        <message>
            <source>its shared texts end before their end: the workbook is damaged.</source>
            <translation>共有文字列が途中で切れています。ブックが壊れています。</translation>
        </message>
    </context>
    <context>
        <name>XlsxSheetWriter</name>
        <message>
            <source>Could not start the workbook.</source>
            <translation>ブックを作成できませんでした。</translation>
        </message>
        <message>
            <source>Could not add the sheet “%1” to the workbook.</source>
            <translation>ブックにシート「%1」を追加できませんでした。</translation>
        </message>
        <message>
            <source>Could not write the workbook: %1</source>
            <translation>ブックを書き込めませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::AttendanceFiguresModel</name>
        <message>
            <source>Everyone</source>
            <translation>全体</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>区分別</translation>
        </message>
        <message>
            <source>By organisation</source>
            <translation>所属別</translation>
        </message>
        <message>
            <source>(no organisation)</source>
            <translation>（所属なし）</translation>
        </message>
        <message>
            <source>Registered beforehand and still expected: not cancelled or waitlisted.</source>
            <translation>事前に申し込み、キャンセル済み・キャンセル待ちでない人の数です。</translation>
        </message>
        <message>
            <source>Everyone checked in, walk-ins included.</source>
            <translation>受付を済ませたすべての人の数です（当日登録を含む）。</translation>
        </message>
        <message>
            <source>Registered at the door.</source>
            <translation>当日、受付で登録した人の数です。</translation>
        </message>
        <message>
            <source>Registered beforehand, never checked in.</source>
            <translation>事前に申し込み、受付に来なかった人の数です。</translation>
        </message>
        <message>
            <source>Of those registered beforehand, the share who came.</source>
            <translation>事前に申し込んだ人のうち、出席した人の割合です。</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>申込数</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Walk-ins</source>
            <translation>当日登録</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>欠席</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>出席率</translation>
        </message>
    </context>
    <context>
        <name>sd::AttendanceSummaryDialog</name>
        <message>
            <source>attendance</source>
            <translation>出欠集計</translation>
        </message>
        <message>
            <source>Attendance Summary</source>
            <translation>出欠集計</translation>
        </message>
        <message>
            <source>Everyone expected, whether they came and when they checked in.</source>
            <translation>申込者全員の出欠と受付日時です。</translation>
        </message>
    </context>
    <context>
        <name>sd::AttendeeEditor</name>
        <message>
            <source>In kana, for sorting</source>
            <translation>並べ替えに使います（ひらがなでも可）</translation>
        </message>
        <message>
            <source>e.g. Hanako YAMADA</source>
            <translation>例: Hanako YAMADA</translation>
        </message>
        <message>
            <source>New Attendee</source>
            <translation>新しい参加者</translation>
        </message>
        <message>
            <source>Attendee “%1”</source>
            <translation>参加者「%1」</translation>
        </message>
        <message>
            <source>Given when saved</source>
            <translation>保存時に付与されます</translation>
        </message>
        <message>
            <source>Printed instead of the name when filled in</source>
            <translation>入力すると、名札には氏名の代わりにこれを印刷します</translation>
        </message>
    </context>
    <context>
        <name>sd::AttendeePage</name>
        <message numerus="yes">
            <source>%n shown</source>
            <translation>
                <numerusform>%n 件を表示</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Attendees</source>
            <translation>参加者(&amp;A)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>すべての区分</translation>
        </message>
        <message>
            <source>Edit Attendee</source>
            <translation>参加者の編集</translation>
        </message>
        <message>
            <source>Taken off the seminar; the person stays on the People page. Edit ▸ Undo brings the registration back.</source>
            <translation>セミナーの申込を削除しました。参加者は参加者台帳に残ります。[編集] ▸ [元に戻す] で申込を元に戻せます。</translation>
        </message>
    </context>
    <context>
        <name>sd::BadgeDialog</name>
        <message numerus="yes">
            <source>The %n selected registration(s)</source>
            <translation>
                <numerusform>選択した %n 件の申込</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2 × %3 mm, %n per sheet</source>
            <translation>
                <numerusform>%1 — %2 × %3 mm、1 枚 %n 面</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>One page with the outlines of the %n label(s) of the sheet.</source>
            <translation>
                <numerusform>用紙上の %n 面のラベルの輪郭だけを描いた 1 ページです。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n badge(s) on %1 sheet(s).</source>
            <translation>
                <numerusform>名札 %n 枚（用紙 %1 枚）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Save badges as PDF</source>
            <translation>名札を PDF として保存</translation>
        </message>
        <message>
            <source>badges.pdf</source>
            <translation>badges.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>Badges</source>
            <translation>名札</translation>
        </message>
        <message>
            <source>Saved the badges to “%1”.</source>
            <translation>名札を「%1」に保存しました。</translation>
        </message>
    </context>
    <context>
        <name>sd::BoothEditor</name>
        <message>
            <source>Interpreter</source>
            <translation>通訳者</translation>
        </message>
        <message>
            <source>From</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>New Booth</source>
            <translation>新しいブース</translation>
        </message>
        <message>
            <source>Booth “%1”</source>
            <translation>ブース「%1」</translation>
        </message>
        <message>
            <source>Interpreter %1: %2</source>
            <translation>通訳者 %1: %2</translation>
        </message>
        <message>
            <source>The programme has no session for this booth to interpret.</source>
            <translation>プログラムにこのブースが通訳するセッションがありません。</translation>
        </message>
        <message>
            <source>There is nobody to take turns: add interpreters to the table, or link interpreters to the seminar.</source>
            <translation>担当する通訳者がいません。表に通訳者を追加するか、セミナーに通訳者を登録してください。</translation>
        </message>
    </context>
    <context>
        <name>sd::BoothListModel</name>
        <message>
            <source>Channel</source>
            <translation>チャンネル</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>ブース</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Interpreters</source>
            <translation>通訳者</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>sd::BoothPage</name>
        <message>
            <source>&amp;Booths</source>
            <translation>ブース(&amp;B)</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>ブース</translation>
        </message>
        <message>
            <source>The rota passes every check.</source>
            <translation>交代表に問題はありません。</translation>
        </message>
    </context>
    <context>
        <name>sd::BoothSheetDialog</name>
        <message>
            <source>Japanese and English</source>
            <translation>日英併記</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s), one a booth.</source>
            <translation>
                <numerusform>%n ページ（ブースごとに 1 ページ）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Booth Sheet</source>
            <translation>ブースシート</translation>
        </message>
        <message>
            <source>booth-sheet.pdf</source>
            <translation>booth-sheet.pdf</translation>
        </message>
        <message>
            <source>Save booth sheet as PDF</source>
            <translation>ブースシートを PDF として保存</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the booth sheet to “%1”.</source>
            <translation>ブースシートを「%1」に保存しました。</translation>
        </message>
    </context>
    <context>
        <name>sd::CheckInMatchModel</name>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Not registered for this seminar</source>
            <translation>このセミナーには未申込</translation>
        </message>
        <message>
            <source>Receiver (no number)</source>
            <translation>レシーバー（番号なし）</translation>
        </message>
        <message>
            <source>Receiver %1</source>
            <translation>レシーバー %1</translation>
        </message>
    </context>
    <context>
        <name>sd::CheckInPage</name>
        <message>
            <source>Check-&amp;in</source>
            <translation>受付(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>sd::CheckInPanel</name>
        <message>
            <source>No one registered for this seminar matches “%1”.</source>
            <translation>「%1」に一致する申込者はいません。氏名を確認してください。</translation>
        </message>
        <message>
            <source>The first %1 of %2 matches are shown: type more of the name.</source>
            <translation>%2 件中の最初の %1 件を表示しています。氏名をもう少し入力してください。</translation>
        </message>
        <message>
            <source>Return mode: scan a badge, or type a name or a receiver number, to take a receiver back.</source>
            <translation>返却モード: レシーバーを返却するには、名札をスキャンするか、氏名またはレシーバー番号を入力してください。</translation>
        </message>
        <message>
            <source>%1 Press F2 to register them for this seminar and check them in.</source>
            <translation>%1このセミナーに申込して受付するには F2 キーを押してください。</translation>
        </message>
        <message>
            <source>%1 They need a receiver: press F3 to issue one.</source>
            <translation>%1レシーバー要: F3 キーで貸し出してください。</translation>
        </message>
        <message>
            <source>Receiver issued to %1.</source>
            <translation>%1 さんにレシーバーを貸し出しました。</translation>
        </message>
        <message>
            <source>Receiver %1 issued to %2.</source>
            <translation>%2 さんにレシーバー %1 を貸し出しました。</translation>
        </message>
        <message>
            <source>Receiver returned by %1. Hand back the deposit: %2.</source>
            <translation>%1 さんからレシーバーが返却されました。預かり物（%2）をお返しください。</translation>
        </message>
        <message>
            <source>Expected %1 · Checked in %2 · Walk-ins %3 · Not yet arrived %4 · Receivers out %5</source>
            <translation>来場予定 %1名／受付済み %2名／当日登録 %3名／未着 %4名／レシーバー貸出中 %5台</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Receivers: issued %1 · returned %2 · outstanding %3 · of %4</source>
            <translation>レシーバー: 貸出 %1台／返却 %2台／未返却 %3台／全 %4台</translation>
        </message>
        <message>
            <source>%1 Their badge waits in the queue: F8 prints the queue.</source>
            <translation>%1 名札は印刷待ちです。F8 で印刷待ちの名札を印刷します。</translation>
        </message>
        <message>
            <source>%1 Their badge was not printed: %2 It waits in the queue.</source>
            <translation>%1 名札は印刷されませんでした: %2 名札は印刷待ちになっています。</translation>
        </message>
        <message>
            <source>%1 Their badge is printed on a card.</source>
            <translation>%1 名札をカードに印刷しました。</translation>
        </message>
        <message>
            <source>%1 Their badge is printed on label %2 of the sheet in the printer.</source>
            <translation>%1 名札をプリンターの用紙のラベル %2 に印刷しました。</translation>
        </message>
        <message>
            <source>Check the person in, or choose them among the matches: then F6 prints their badge again.</source>
            <translation>受付するか、候補から選択してください。そのあと F6 で名札を再印刷します。</translation>
        </message>
        <message>
            <source>The badge of %1 was not printed: %2</source>
            <translation>%1 さんの名札は印刷されませんでした: %2</translation>
        </message>
        <message>
            <source>The badge of %1 is printed again on a card.</source>
            <translation>%1 さんの名札をカードに再印刷しました。</translation>
        </message>
        <message>
            <source>The badge of %1 is printed again on label %2 of the sheet in the printer.</source>
            <translation>%1 さんの名札をプリンターの用紙のラベル %2 に再印刷しました。</translation>
        </message>
        <message numerus="yes">
            <source>%n queued badge(s) printed.</source>
            <translation>
                <numerusform>印刷待ちの名札 %n 枚を印刷しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>No printer was chosen.</source>
            <translation>プリンターが選択されていません。</translation>
        </message>
        <message>
            <source>Walk-in badges: on a card (%1)</source>
            <translation>当日登録の名札: カードに印刷（%1）</translation>
        </message>
        <message>
            <source>Walk-in badges: on the next free label of %1</source>
            <translation>当日登録の名札: %1 の次の空きラベルに印刷</translation>
        </message>
        <message>
            <source>Walk-in badges: queued, to print on %1</source>
            <translation>当日登録の名札: 印刷待ち（%1 に印刷）</translation>
        </message>
        <message>
            <source>Print Queued Badges (%1) (F8)</source>
            <translation>印刷待ちの名札を印刷 (%1) (F8)</translation>
        </message>
        <message>
            <source>Badges at the door</source>
            <translation>受付での名札印刷</translation>
        </message>
    </context>
    <context>
        <name>sd::ContactBookPage</name>
        <message>
            <source>Contact B&amp;ook</source>
            <translation>アドレス帳(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>sd::ContactEditor</name>
        <message>
            <source>Person</source>
            <translation>個人</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>団体</translation>
        </message>
        <message>
            <source>In kana, for sorting</source>
            <translation>並べ替えに使います（ひらがなでも可）</translation>
        </message>
        <message>
            <source>New Contact</source>
            <translation>新しい連絡先</translation>
        </message>
        <message>
            <source>Contact “%1”</source>
            <translation>連絡先「%1」</translation>
        </message>
        <message>
            <source>For English flyers, e.g. Satomi HIGASHIDA</source>
            <translation>英語版チラシ用。例：Satomi HIGASHIDA</translation>
        </message>
        <message>
            <source>For English flyers, without the country</source>
            <translation>英語版チラシ用（国名は不要）</translation>
        </message>
    </context>
    <context>
        <name>sd::ContactListModel</name>
        <message>
            <source>Name</source>
            <translation>氏名・名称</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Tel</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>役職</translation>
        </message>
    </context>
    <context>
        <name>sd::DeskPage</name>
        <message>
            <source>Edit</source>
            <translation>編集</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Deleted. Edit ▸ Undo brings it back.</source>
            <translation>削除しました。[編集] ▸ [元に戻す] で元に戻せます。</translation>
        </message>
        <message>
            <source>Read the List</source>
            <translation>一覧の読み込み</translation>
        </message>
        <message>
            <source>Erase Personal Data</source>
            <translation>個人情報の消去</translation>
        </message>
        <message>
            <source>Erased one person. Edit ▸ Undo brings them back.</source>
            <translation>1 名の個人情報を消去しました。[編集] ▸ [元に戻す] で元に戻せます。</translation>
        </message>
        <message numerus="yes">
            <source>Erased %n people. Edit ▸ Undo brings them back.</source>
            <translation>
                <numerusform>%n 名の個人情報を消去しました。[編集] ▸ [元に戻す] で元に戻せます。</numerusform>
            </translation>
        </message>
        <message>
            <source>Erase the personal data of “%1”? The person and their registrations for every seminar leave the database.

%2

Edit ▸ Undo brings them back only while this window stays open.</source>
            <translation>「%1」の個人情報を消去しますか？ この参加者と、すべてのセミナーへの申込がデータベースから削除されます。

%2

[編集] ▸ [元に戻す] で元に戻せるのは、このウィンドウを開いている間だけです。</translation>
        </message>
        <message numerus="yes">
            <source>Erase the personal data of these %n people? They and their registrations for every seminar leave the database.

%1

Edit ▸ Undo brings them back only while this window stays open.</source>
            <translation>
                <numerusform>選択した %n 名の個人情報を消去しますか？ これらの参加者と、すべてのセミナーへの申込がデータベースから削除されます。

%1

[編集] ▸ [元に戻す] で元に戻せるのは、このウィンドウを開いている間だけです。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::DeskWidget</name>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Registered %1 · Waitlisted %2 · Cancelled %3 · Attended %4 · Receivers %5 · Seats left %6</source>
            <translation>申込 %1名／キャンセル待ち %2名／キャンセル済み %3名／出席 %4名／レシーバー %5台／残席 %6席</translation>
        </message>
        <message>
            <source>The demo seminar has a database file of its own, “%1”; this one stays as it is, under File ▸ Open Recent.</source>
            <translation>デモ用セミナーは専用のデータベースファイル「%1」に入っています。このデータベースはそのまま残り、[ファイル] ▸ [最近使ったデータベース] から開けます。</translation>
        </message>
        <message>
            <source>New Seminar</source>
            <translation>新しいセミナー</translation>
        </message>
        <message>
            <source>Edit Seminar</source>
            <translation>セミナーの編集</translation>
        </message>
        <message>
            <source>Delete Seminar</source>
            <translation>セミナーの削除</translation>
        </message>
        <message numerus="yes">
            <source>Delete the seminar “%1” with its %n registration(s), booths and contact links?
Edit ▸ Undo brings it back.</source>
            <translation>
                <numerusform>セミナー「%1」を、%n 件の申込、ブース、連絡先の関連付けとともに削除しますか?
[編集] ▸ [元に戻す] で元に戻せます。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported to “%1”.
Registrations in the file: %n</source>
            <translation>
                <numerusform>「%1」にエクスポートしました。
ファイル内の申込: %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Registered %1 · Waitlisted %2 · Cancelled %3 · Attended %4 · Receivers %5 · No seat limit</source>
            <translation>申込 %1名／キャンセル待ち %2名／キャンセル済み %3名／出席 %4名／レシーバー %5台／定員なし</translation>
        </message>
        <message>
            <source>Export Registrations</source>
            <translation>申込のエクスポート</translation>
        </message>
        <message>
            <source>Read the Seminars</source>
            <translation>セミナー一覧の読み込み</translation>
        </message>
        <message>
            <source>The shared database answers again: the lists show what other desks changed.</source>
            <translation>共有データベースに再び接続しました。他の受付端末での変更を一覧に反映しています。</translation>
        </message>
        <message>
            <source>The shared database cannot be reached. Seminar Desk connects again when it answers; until then, other desks' changes do not show here.</source>
            <translation>共有データベースに接続できません。応答があれば Seminar Desk が自動で再接続します。それまでは、他の受付端末での変更はここに表示されません。</translation>
        </message>
    </context>
    <context>
        <name>sd::DoorBadgeDialog</name>
        <message numerus="yes">
            <source>%1 — %2 × %3 mm, %n per sheet</source>
            <translation>
                <numerusform>%1 — %2 × %3 mm、1 枚 %n 面</numerusform>
            </translation>
        </message>
        <message>
            <source>Every label is free.</source>
            <translation>すべてのラベルが未使用です。</translation>
        </message>
        <message numerus="yes">
            <source>Labels used: %1. %n of %2 free.</source>
            <translation>
                <numerusform>使用済みのラベル: %1。%2 面のうち %n 面が未使用です。</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the sheet in the printer.</source>
            <translation>プリンターの用紙を選択してください。</translation>
        </message>
    </context>
    <context>
        <name>sd::EditConflictDialog</name>
        <message numerus="yes">
            <source>%1: someone else saved this while you were editing it. Nothing of yours is saved yet. The %n field(s) marked ≠ differ between your version and theirs.</source>
            <translation>
                <numerusform>%1: 編集中に別の人がこの内容を保存しました。こちらの内容はまだ保存されていません。≠ の付いた %n 項目が、こちらの版と相手の版で異なります。</numerusform>
            </translation>
        </message>
        <message>
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Yours (not saved)</source>
            <translation>こちらの版（未保存）</translation>
        </message>
        <message>
            <source>≠ %1</source>
            <translation>≠ %1</translation>
        </message>
    </context>
    <context>
        <name>sd::ExportCsvDialog</name>
        <message>
            <source>Comma ( , )</source>
            <translation>カンマ ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>セミコロン ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>タブ</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Choose the file to write.</source>
            <translation>書き出すファイルを選択してください。</translation>
        </message>
        <message>
            <source>CSV file (.csv)</source>
            <translation>CSV ファイル (.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel ブック (.xlsx)</translation>
        </message>
        <message>
            <source>Export Registrations</source>
            <translation>申込のエクスポート</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Excel ブック (*.xlsx);;すべてのファイル (*)</translation>
        </message>
    </context>
    <context>
        <name>sd::FlyerDialog</name>
        <message>
            <source>Could not read the image %1: %2</source>
            <translation>画像 %1 を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>Picture for the flyer</source>
            <translation>チラシの画像</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>画像 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Flyer</source>
            <translation>チラシ</translation>
        </message>
        <message>
            <source>Save flyer as PDF</source>
            <translation>チラシを PDF として保存</translation>
        </message>
        <message>
            <source>flyer.pdf</source>
            <translation>flyer.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the flyer to “%1”.</source>
            <translation>チラシを「%1」に保存しました。</translation>
        </message>
    </context>
    <context>
        <name>sd::ImportCsvWizard</name>
        <message>
            <source>Detect</source>
            <translation>自動検出</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>カンマ ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>セミコロン ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>タブ</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>ファイルの列</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>最初の値</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>インポート先の項目</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>インポート(&amp;I)</translation>
        </message>
        <message>
            <source>Read as %1, separated by %2. If the text looks garbled, choose another encoding.</source>
            <translation>%1 として読み込みました（区切り文字: %2）。文字化けしている場合は、別の文字コードを選択してください。</translation>
        </message>
        <message>
            <source>The file cannot be imported as it is: correct the rows below and try again.</source>
            <translation>このファイルはこのままではインポートできません。下の行を修正してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>line %1 of the file</source>
            <translation>ファイルの %1 行目</translation>
        </message>
        <message>
            <source>the same name and organisation</source>
            <translation>同じ氏名と所属</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Because of</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Load mapping</source>
            <translation>対応付けの読み込み</translation>
        </message>
        <message>
            <source>Mapping files (*.json);;All files (*)</source>
            <translation>対応付けファイル (*.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Save mapping</source>
            <translation>対応付けの保存</translation>
        </message>
        <message>
            <source>Import Registrations into “%1”</source>
            <translation>「%1」に申込をインポート</translation>
        </message>
        <message>
            <source>Imported “%1” into “%2”: %3
Edit ▸ Undo takes the whole import back.</source>
            <translation>「%1」を「%2」にインポートしました: %3
編集 ▸ 元に戻す で、インポート全体を取り消せます。</translation>
        </message>
        <message>
            <source>%1
Choose “%2” under Encoding.</source>
            <translation>%1
「文字コード」で「%2」を選択してください。</translation>
        </message>
        <message>
            <source>Import “%1”</source>
            <translation>「%1」をインポート</translation>
        </message>
        <message>
            <source>Two Columns for One Field</source>
            <translation>1 つの項目に複数の列</translation>
        </message>
        <message numerus="yes">
            <source>%n column(s) of the file would fill the field “%1”. Which one should be imported? The others will not be imported.</source>
            <translation>
                <numerusform>ファイルの %n 列がどれも「%1」になります。どの列をインポートしますか。ほかの列はインポートしません。</numerusform>
            </translation>
        </message>
        <message>
            <source>Into “%1”: %2</source>
            <translation>「%1」へ: %2</translation>
        </message>
        <message>
            <source>already stored</source>
            <translation>登録済み</translation>
        </message>
        <message>
            <source>the same e-mail and name</source>
            <translation>同じメールアドレスと氏名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Duplicate of</source>
            <translation>重複先</translation>
        </message>
        <message>
            <source>Import registrations</source>
            <translation>申込のインポート</translation>
        </message>
        <message>
            <source>CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)</source>
            <translation>CSV ファイルと Excel ブック (*.csv *.txt *.xlsx);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>“%1” is not a file. Choose the CSV file or Excel workbook to import.</source>
            <translation>「%1」はファイルではありません。インポートする CSV ファイルまたは Excel ブックを選択してください。</translation>
        </message>
        <message>
            <source>Read from the sheet “%1” of the Excel workbook; its first row with a value is the header.</source>
            <translation>Excel ブックのシート「%1」から読み込みました。値のある最初の行を見出し行とします。</translation>
        </message>
        <message>
            <source>A CSV file or an Excel workbook (.xlsx) exported from a web form or a spreadsheet, with a header line. Its people are registered for the seminar “%1”.</source>
            <translation>Web フォームや表計算ソフトから書き出した、見出し行のある CSV ファイルまたは Excel ブック (.xlsx) です。ファイルの人をセミナー「%1」の申込としてインポートします。</translation>
        </message>
        <message>
            <source>Choose the CSV file or Excel workbook to import: type its path or use Browse.</source>
            <translation>インポートする CSV ファイルまたは Excel ブックを選択してください。パスを入力するか、「参照」を押してください。</translation>
        </message>
        <message>
            <source>The file was not read to the end: go Back, then Next to read it again.</source>
            <translation>ファイルを最後まで読み込んでいません。「戻る」を押してから「次へ」を押し、もう一度読み込んでください。</translation>
        </message>
    </context>
    <context>
        <name>sd::MainWindow</name>
        <message>
            <source>About Seminar Desk</source>
            <translation>Seminar Desk について</translation>
        </message>
        <message>
            <source>Seminar Desk %1

Seminars, attendees, interpretation booths, badges and check-in for bilingual seminars.</source>
            <translation>Seminar Desk %1

二言語セミナーのためのセミナー、参加者、通訳ブース、名札、受付の管理ツールです。</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>データベースを開く</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Opened “%1”</source>
            <translation>「%1」を開きました</translation>
        </message>
        <message>
            <source>New Database</source>
            <translation>新しいデータベース</translation>
        </message>
        <message>
            <source>“%1” already exists. Choose another name, or open it with File ▸ Open Database.</source>
            <translation>「%1」は既にあります。別の名前を指定するか、［ファイル］▸［データベースを開く］で開いてください。</translation>
        </message>
        <message>
            <source>Demo Seminar</source>
            <translation>デモ用セミナー</translation>
        </message>
        <message>
            <source>Seminar Desk databases (*.sqlite)</source>
            <translation>Seminar Desk データベース (*.sqlite)</translation>
        </message>
        <message>
            <source>Seminar Desk databases (*.sqlite);;All files (*)</source>
            <translation>Seminar Desk データベース (*.sqlite);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>No recent databases</source>
            <translation>最近使ったデータベースはありません</translation>
        </message>
        <message>
            <source>%1 backup %2.sqlite</source>
            <translation>%1 バックアップ %2.sqlite</translation>
        </message>
        <message>
            <source>Save a Backup Copy As</source>
            <translation>名前を付けてバックアップを保存</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Undo %1</source>
            <translation>%1を元に戻す</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>やり直す</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>%1をやり直す</translation>
        </message>
        <message>
            <source>Saved a backup copy to “%1”.</source>
            <translation>バックアップを「%1」に保存しました。</translation>
        </message>
        <message>
            <source>Open Shared Database</source>
            <translation>共有データベースを開く</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n rows of %1…</source>
            <translation>
                <numerusform>%1 の %n 行をコピーしました…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::MergePeopleDialog</name>
        <message>
            <source>Choose for each field the value to keep: the one filled in, or the newer one, is chosen already. The record with attendee ID %1 stays; the record with attendee ID %2 gives it its registrations and goes. Edit ▸ Undo takes the merge back.</source>
            <translation>項目ごとに残す値を選択してください。入力済みの値、両方にあるときは新しい方の値があらかじめ選択されています。参加者ID %1 の記録が残り、参加者ID %2 の記録は申込を引き渡して削除されます。[編集] ▸ [元に戻す] で統合を取り消せます。</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>統合(&amp;M)</translation>
        </message>
        <message>
            <source>Stays: attendee ID %1</source>
            <translation>残す記録: 参加者ID %1</translation>
        </message>
        <message>
            <source>Goes: attendee ID %1</source>
            <translation>削除する記録: 参加者ID %1</translation>
        </message>
        <message>
            <source>changed %1</source>
            <translation>更新 %1</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空欄）</translation>
        </message>
        <message>
            <source>“%1” (%2): the registration of ID %3 moves to ID %4.</source>
            <translation>「%1」（%2）: ID %3 の申込を ID %4 に移します。</translation>
        </message>
        <message>
            <source>Both are registered for “%1”: the registration of ID %2 as %3 stays, having gone further; the one of ID %4 as %5 is removed.</source>
            <translation>両方が「%1」に申し込んでいます。より進んでいる ID %2 の申込（%3）を残し、ID %4 の申込（%5）は削除します。</translation>
        </message>
        <message>
            <source>ID %1 has no registrations to move.</source>
            <translation>ID %1 には移す申込がありません。</translation>
        </message>
        <message>
            <source>Both are registered for “%1”: the registration of ID %2 as %3 stays, the one of the record kept; the one of ID %4 as %5 is removed.</source>
            <translation>両方が「%1」に申し込んでいます。残す記録である ID %2 の申込（%3）を残し、ID %4 の申込（%5）は削除します。</translation>
        </message>
    </context>
    <context>
        <name>sd::OutstandingReceiversDialog</name>
        <message>
            <source>receivers-not-returned</source>
            <translation>未返却レシーバー一覧</translation>
        </message>
        <message>
            <source>Receivers Not Returned</source>
            <translation>未返却レシーバー</translation>
        </message>
        <message>
            <source>Who holds each receiver, with their e-mail and phone, to ask for it back.</source>
            <translation>レシーバーを返却していない人の氏名、メールアドレス、電話番号です。返却のお願いに使えます。</translation>
        </message>
        <message numerus="yes">
            <source>%n receiver(s) not returned.</source>
            <translation>
                <numerusform>未返却のレシーバーは %n 台です。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::PastRetentionDialog</name>
        <message>
            <source>Nobody is past the retention period (%1, set in File ▸ Settings): every last seminar ended on %2 or later, and everyone registered for no seminar had their record changed since.</source>
            <translation>保存期間（%1、[ファイル] ▸ [設定] で設定）を過ぎた人はいません。最後のセミナーはどれも %2 以降に終了しており、どのセミナーにも申し込んでいない人の記録もそれ以降に変更されています。</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) past the retention period (%1, set in File ▸ Settings): their last seminar ended before %2, or, registered for no seminar, their record last changed before then. Erasing them erases their registrations too.</source>
            <translation>
                <numerusform>保存期間（%1、[ファイル] ▸ [設定] で設定）を過ぎた人が %n 名います。最後のセミナーの終了が %2 より前の人と、どのセミナーにも申し込んでおらず記録の最終変更が %2 より前の人です。消去すると、その申込も消去されます。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Erase %n Person(s)…</source>
            <translation>
                <numerusform>%n 名を消去(&amp;E)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Erase People Past the Retention Period</source>
            <translation>保存期間を過ぎた人の消去</translation>
        </message>
        <message numerus="yes">
            <source>Erase the %n person(s) listed, with every registration of theirs?

%1

On a PostgreSQL server their rows are deleted; reclaiming the space they took is the server's business.

Edit ▸ Undo brings them back only while this database stays open in the window: once it is closed, Seminar Desk cannot bring them back.</source>
            <translation>
                <numerusform>一覧の %n 名を、すべての申込とともに消去しますか？

%1

PostgreSQL サーバーでは行が削除されます。使われていた領域の回収はサーバー側の処理です。

[編集] ▸ [元に戻す] で元に戻せるのは、このデータベースをウィンドウで開いている間だけです。閉じた後は Seminar Desk では元に戻せません。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::PastRetentionListModel</name>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Last seminar ended</source>
            <translation>最後のセミナーの終了日</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>申込数</translation>
        </message>
        <message>
            <source>none (record changed %1)</source>
            <translation>なし（記録の変更 %1）</translation>
        </message>
    </context>
    <context>
        <name>sd::PeoplePage</name>
        <message numerus="yes">
            <source>%n shown</source>
            <translation>
                <numerusform>%n 件を表示</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>参加者台帳(&amp;P)</translation>
        </message>
        <message>
            <source>Registrations of the person selected</source>
            <translation>選択した参加者の申込</translation>
        </message>
        <message>
            <source>“%1” is registered for no seminar.</source>
            <translation>「%1」はどのセミナーにも申し込んでいません。</translation>
        </message>
        <message>
            <source>Registrations of “%1”</source>
            <translation>「%1」の申込</translation>
        </message>
        <message>
            <source>Edit Attendee</source>
            <translation>参加者の編集</translation>
        </message>
        <message>
            <source>Merge Two Records</source>
            <translation>2件の記録の統合</translation>
        </message>
        <message>
            <source>Merged into “%1”. Edit ▸ Undo takes the merge back.</source>
            <translation>「%1」に統合しました。[編集] ▸ [元に戻す] で統合を取り消せます。</translation>
        </message>
        <message numerus="yes">
            <source>Erased %n person(s) past the retention period. Edit ▸ Undo brings them back while this window stays open.</source>
            <translation>
                <numerusform>保存期間を過ぎた %n 名を消去しました。このウィンドウを開いている間は [編集] ▸ [元に戻す] で元に戻せます。</numerusform>
            </translation>
        </message>
        <message>
            <source>Erase People Past the Retention Period</source>
            <translation>保存期間を過ぎた人の消去</translation>
        </message>
    </context>
    <context>
        <name>sd::PersonListModel</name>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>申込数</translation>
        </message>
        <message>
            <source>Last seminar</source>
            <translation>最終セミナー日</translation>
        </message>
        <message>
            <source>Attendee ID</source>
            <translation>参加者ID</translation>
        </message>
    </context>
    <context>
        <name>sd::PersonRegistrationListModel</name>
        <message>
            <source>Seminar</source>
            <translation>セミナー</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
    </context>
    <context>
        <name>sd::ProgrammeItemDelegate</name>
        <message>
            <source>Name (Affiliation); Name (Affiliation)</source>
            <translation>氏名（所属）; 氏名（所属）</translation>
        </message>
    </context>
    <context>
        <name>sd::ProgrammeTableModel</name>
        <message>
            <source>Mixed / not said</source>
            <translation>混在・指定なし</translation>
        </message>
        <message>
            <source>Name (Affiliation); Name (Affiliation)</source>
            <translation>氏名（所属）; 氏名（所属）</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Title (Japanese)</source>
            <translation>タイトル（日本語）</translation>
        </message>
        <message>
            <source>Title (English)</source>
            <translation>タイトル（英語）</translation>
        </message>
        <message>
            <source>Language spoken</source>
            <translation>使用言語</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種別</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>登壇者</translation>
        </message>
    </context>
    <context>
        <name>sd::ReceiverInventoryDialog</name>
        <message>
            <source>Number</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>チャンネル</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Read the Receivers' Numbers</source>
            <translation>レシーバー番号の読み込み</translation>
        </message>
        <message>
            <source>Text files (*.txt *.csv);;All files (*)</source>
            <translation>テキストファイル (*.txt *.csv);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Receiver %1 of the list has no number: type one, or remove the line.</source>
            <translation>一覧の %1 行目のレシーバーに番号がありません。番号を入力するか、その行を削除してください。</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>未設定</translation>
        </message>
        <message>
            <source> %</source>
            <translation>％</translation>
        </message>
    </context>
    <context>
        <name>sd::ReceptionListDialog</name>
        <message>
            <source>reception-list</source>
            <translation>受付名簿</translation>
        </message>
        <message>
            <source>Reception List</source>
            <translation>受付名簿</translation>
        </message>
        <message>
            <source>Split the list at kana-row boundaries, a part for each reception desk.</source>
            <translation>五十音の行の区切りで、受付ごとに名簿を分けます。</translation>
        </message>
        <message>
            <source>Reception des&amp;ks:</source>
            <translation>受付の数(&amp;K):</translation>
        </message>
        <message>
            <source>No one is registered for this seminar yet.</source>
            <translation>このセミナーにはまだ申込がありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n people on the list.</source>
            <translation>
                <numerusform>名簿には %n 名が載っています。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n people</source>
            <translation>
                <numerusform>%1（%n 名）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sd::RecordDialog</name>
        <message>
            <source>The form shows their version now; nothing of yours was saved.</source>
            <translation>フォームに相手の版を読み込みました。こちらの内容は保存されていません。</translation>
        </message>
    </context>
    <context>
        <name>sd::RecordEdits</name>
        <message>
            <source>Add Seminar “%1”</source>
            <translation>セミナー「%1」の追加</translation>
        </message>
        <message>
            <source>Edit Seminar “%1”</source>
            <translation>セミナー「%1」の編集</translation>
        </message>
        <message>
            <source>Delete Seminar “%1”</source>
            <translation>セミナー「%1」の削除</translation>
        </message>
        <message>
            <source>Add Venue “%1”</source>
            <translation>会場「%1」の追加</translation>
        </message>
        <message>
            <source>Edit Venue “%1”</source>
            <translation>会場「%1」の編集</translation>
        </message>
        <message>
            <source>Delete Venue “%1”</source>
            <translation>会場「%1」の削除</translation>
        </message>
        <message>
            <source>Add Attendee “%1”</source>
            <translation>参加者「%1」の追加</translation>
        </message>
        <message>
            <source>Edit Attendee “%1”</source>
            <translation>参加者「%1」の編集</translation>
        </message>
        <message>
            <source>Remove Registration of “%1”</source>
            <translation>「%1」の申込の削除</translation>
        </message>
        <message>
            <source>Erase Attendee “%1”</source>
            <translation>参加者「%1」の消去</translation>
        </message>
        <message>
            <source>Add Booth “%1”</source>
            <translation>ブース「%1」の追加</translation>
        </message>
        <message>
            <source>Edit Booth “%1”</source>
            <translation>ブース「%1」の編集</translation>
        </message>
        <message>
            <source>Delete Booth “%1”</source>
            <translation>ブース「%1」の削除</translation>
        </message>
        <message>
            <source>Add Contact “%1”</source>
            <translation>連絡先「%1」の追加</translation>
        </message>
        <message>
            <source>Edit Contact “%1”</source>
            <translation>連絡先「%1」の編集</translation>
        </message>
        <message>
            <source>Delete Contact “%1”</source>
            <translation>連絡先「%1」の削除</translation>
        </message>
        <message>
            <source>Add “%1” as %2</source>
            <translation>%2「%1」の追加</translation>
        </message>
        <message>
            <source>Remove “%1” as %2</source>
            <translation>%2「%1」の解除</translation>
        </message>
        <message>
            <source>Import “%1”</source>
            <translation>「%1」のインポート</translation>
        </message>
        <message numerus="yes">
            <source>Erase %n Person(s) Past the Retention Period</source>
            <translation>
                <numerusform>保存期間を過ぎた %n 人の消去</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erase %n People</source>
            <translation>
                <numerusform>%n 名の個人情報の消去</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge “%1” into “%2”</source>
            <translation>「%1」を「%2」に統合</translation>
        </message>
    </context>
    <context>
        <name>sd::RegistrationListModel</name>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Latin name</source>
            <translation>ローマ字氏名</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>区分</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>レシーバー要否</translation>
        </message>
        <message>
            <source>Check-in code</source>
            <translation>受付コード</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>申込日時</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
    </context>
    <context>
        <name>sd::SeminarContactListModel</name>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名・名称</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>所属</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
    </context>
    <context>
        <name>sd::SeminarContactsPage</name>
        <message>
            <source>&amp;Contacts</source>
            <translation>連絡先(&amp;C)</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Add Contact</source>
            <translation>連絡先の追加</translation>
        </message>
    </context>
    <context>
        <name>sd::SeminarEditor</name>
        <message>
            <source>No venue yet</source>
            <translation>会場未定</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>制限なし</translation>
        </message>
        <message>
            <source>Language codes, e.g. ja, en</source>
            <translation>言語コード（例: ja, en）</translation>
        </message>
        <message>
            <source>A short title that fits on a name badge</source>
            <translation>名札に収まる短いタイトル</translation>
        </message>
        <message>
            <source>New Seminar</source>
            <translation>新しいセミナー</translation>
        </message>
        <message>
            <source>Seminar “%1”</source>
            <translation>セミナー「%1」</translation>
        </message>
        <message>
            <source>Free of charge</source>
            <translation>無料</translation>
        </message>
        <message>
            <source> yen</source>
            <translation> 円</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>記載なし</translation>
        </message>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>https://… (shown on the flyer with a QR code)</source>
            <translation>https://…（チラシに QR コードとともに載せます）</translation>
        </message>
        <message>
            <source>Where applications by e-mail go</source>
            <translation>E-mail での申込先</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> 分</translation>
        </message>
    </context>
    <context>
        <name>sd::SeminarListModel</name>
        <message>
            <source>Date</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>会場</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>申込数</translation>
        </message>
    </context>
    <context>
        <name>sd::SettingsDialog</name>
        <message>
            <source>System language</source>
            <translation>システムの言語</translation>
        </message>
    </context>
    <context>
        <name>sd::SharedDatabaseDialog</name>
        <message>
            <source>When the server offers it (prefer)</source>
            <translation>サーバーが対応していれば使う (prefer)</translation>
        </message>
        <message>
            <source>Always (require)</source>
            <translation>常に使う (require)</translation>
        </message>
        <message>
            <source>Always, checking the server's certificate (verify-full)</source>
            <translation>常に使い、サーバーの証明書を確認する (verify-full)</translation>
        </message>
        <message>
            <source>Never (disable)</source>
            <translation>使わない (disable)</translation>
        </message>
        <message>
            <source>A new connection</source>
            <translation>新しい接続</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <source>Type the server's name or address in Host.</source>
            <translation>「ホスト」にサーバーの名前またはアドレスを入力してください。</translation>
        </message>
        <message>
            <source>Type the name of the database on the server in Database.</source>
            <translation>「データベース」にサーバー上のデータベース名を入力してください。</translation>
        </message>
        <message>
            <source>Type the user name the server knows you by in User.</source>
            <translation>「ユーザー」にサーバーでのユーザー名を入力してください。</translation>
        </message>
        <message>
            <source>(not complete yet)</source>
            <translation>（まだ入力が足りません）</translation>
        </message>
    </context>
    <context>
        <name>sd::TablePrintDialog</name>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>PDF として保存</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>Saved the list to “%1”.</source>
            <translation>一覧を「%1」に保存しました。</translation>
        </message>
        <message>
            <source>Save as CSV</source>
            <translation>CSV として保存</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>sd::Transaction</name>
        <message>
            <source>Could not save the changes: %1</source>
            <translation>変更を保存できませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>sd::VenueEditor</name>
        <message>
            <source>New Venue</source>
            <translation>新しい会場</translation>
        </message>
        <message>
            <source>Venue “%1”</source>
            <translation>会場「%1」</translation>
        </message>
    </context>
    <context>
        <name>sd::VenueListModel</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>名称 (英語)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>郵便番号</translation>
        </message>
    </context>
    <context>
        <name>sd::VenuePage</name>
        <message>
            <source>Ve&amp;nues</source>
            <translation>会場(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>sd::WalkInForm</name>
        <message>
            <source>A new person</source>
            <translation>新しい方</translation>
        </message>
        <message numerus="yes">
            <source>A new person (%n in the database may be them)</source>
            <translation>
                <numerusform>新しい方（登録済みの %n 名が同一人物かもしれません）</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
    </context>
</TS>
