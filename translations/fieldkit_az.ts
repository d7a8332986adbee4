<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ" sourcelanguage="en">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="407"/>
        <source>Adjust stock</source>
        <translation>Ehtiyatı düzəlt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="408"/>
        <source>&amp;Material</source>
        <translation>&amp;Material</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="409"/>
        <source>&amp;At</source>
        <translation>&amp;Yer</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="410"/>
        <source>&amp;Change (+/−)</source>
        <translation>&amp;Dəyişiklik (+/−)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="411"/>
        <source>&amp;Reason</source>
        <translation>Sə&amp;bəb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="412"/>
        <source>e.g. counted on 3 March: 12 more than the ledger</source>
        <translation>məs. 3 martda sayıldı: jurnaldakından 12 çox</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="413"/>
        <source>&amp;When</source>
        <translation>&amp;Vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="414"/>
        <source>&amp;Note</source>
        <translation>&amp;Qeyd</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="416"/>
        <source>A positive number adds to the stock, a negative one takes away. The reason is kept with it.</source>
        <translation>Müsbət ədəd ehtiyata əlavə edir, mənfi ədəd çıxır. Səbəb onunla birlikdə saxlanılır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="423"/>
        <source>Give the reason for the adjustment.</source>
        <translation>Düzəlişin səbəbini göstərin.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../fieldkit/app.py" line="71"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../fieldkit/app.py" line="74"/>
        <source>Making a demo store with sample data…</source>
        <translation>Nümunə məlumatlarla demo baza yaradılır…</translation>
    </message>
    <message>
        <location filename="../fieldkit/app.py" line="153"/>
        <source>Field Kit cannot open its store</source>
        <translation>Field Kit bazanı aça bilmir</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="144"/>
        <source>&amp;Check in:</source>
        <translation>&amp;Qeydiyyat:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="145"/>
        <source>Type a name, then press Enter</source>
        <translation>Adı yazın və Enter basın</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="147"/>
        <source>People from earlier events are suggested as you type. Enter checks the person in.</source>
        <translation>Yazdıqca əvvəlki tədbirlərin iştirakçıları təklif olunur. Enter iştirakçını qeydiyyata alır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="154"/>
        <source>The role recorded for the next check-in</source>
        <translation>Növbəti qeydiyyat üçün rol</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="155"/>
        <source>Check in</source>
        <translation>Qeydiyyata al</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="156"/>
        <source>Ne&amp;w person…</source>
        <translation>Yeni &amp;iştirakçı…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="157"/>
        <source>Register someone who has not come before</source>
        <translation>Əvvəllər gəlməmiş şəxsi əlavə edin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="158"/>
        <source>&amp;Remove from event</source>
        <translation>Tədbirdən çı&amp;xar</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/checkin.py" line="194"/>
        <source>%n person(s) checked in</source>
        <translation>
            <numerusform>%n nəfər qeydiyyatdadır</numerusform>
            <numerusform>%n nəfər qeydiyyatdadır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/checkin.py" line="241"/>
        <source>%n people are called %1. Choose one from the list.</source>
        <translation>
            <numerusform>%1 adlı %n nəfər var. Siyahıdan birini seçin.</numerusform>
            <numerusform>%1 adlı %n nəfər var. Siyahıdan birini seçin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="246"/>
        <source>Nobody is called exactly %1. Choose from the list, or press Enter again to register.</source>
        <translation>Adı dəqiq %1 olan kimsə yoxdur. Siyahıdan seçin və ya yeni iştirakçı əlavə etmək üçün yenidən Enter basın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="278"/>
        <source>Checked in: %1</source>
        <translation>Qeydiyyata alındı: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="280"/>
        <source>%1 was already checked in.</source>
        <translation>%1 artıq qeydiyyatdadır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="315"/>
        <source>Not found: register the person below, with their consent.</source>
        <translation>Tapılmadı: şəxsi razılığı ilə aşağıda əlavə edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="333"/>
        <source>Registered and checked in: %1</source>
        <translation>Əlavə edildi və qeydiyyata alındı: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/checkin.py" line="358"/>
        <source>Removed from this event: %1</source>
        <translation>Tədbirdən çıxarıldı: %1</translation>
    </message>
</context>
<context>
    <name>AttendedEventsModel</name>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="397"/>
        <source>Event</source>
        <extracomment>rows now loaded, and whether more can be fetched a new query&apos;s first page is being read in the background the table now shows the query asked for last reading a query failed; the message says why</extracomment>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="398"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="399"/>
        <source>Location</source>
        <translation>Məkan</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="400"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="390"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="391"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="392"/>
        <source>Age band</source>
        <translation>Yaş qrupu</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="393"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="33"/>
        <source>Export</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="34"/>
        <source>Export with personal data</source>
        <translation>Fərdi məlumatlarla ixrac</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="35"/>
        <source>Import</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="36"/>
        <source>Merge</source>
        <translation>Birləşdirmə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="37"/>
        <source>Merge undone</source>
        <translation>Birləşdirmə geri alındı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="38"/>
        <source>Deletion</source>
        <translation>Silinmə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="39"/>
        <source>Personal data purged</source>
        <translation>Fərdi məlumatlar silindi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="40"/>
        <source>Consent withdrawn</source>
        <translation>Razılıq geri götürüldü</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="41"/>
        <source>Login</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="42"/>
        <source>Unlocked after the auto-lock</source>
        <translation>Avtomatik kilidlənmədən sonra kilid açıldı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="43"/>
        <source>Passphrase changed</source>
        <translation>Parol ifadəsi dəyişdirildi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="44"/>
        <source>Project setting published</source>
        <translation>Layihə ayarı dərc edildi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="75"/>
        <source>When</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="76"/>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="77"/>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="132"/>
        <source>What was done on this computer: exports and imports, merges, deletions and purges, logins and passphrase changes. Entries can only be added; Verify shows whether any was changed or removed.</source>
        <translation>Bu kompüterdə nə edilib: ixrac və idxal, birləşdirmələr, silinmələr və təmizləmələr, girişlər və parol ifadəsinin dəyişdirilməsi. Qeydlər yalnız əlavə oluna bilər; «Yoxla» onlardan hər hansı birinin dəyişdirilib-dəyişdirilmədiyini və ya silinib-silinmədiyini göstərir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="136"/>
        <source>&amp;Verify</source>
        <translation>&amp;Yoxla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="137"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV-yə i&amp;xrac et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="166"/>
        <source>The latest %1 of %2 entries</source>
        <translation>%2 qeyddən son %1 qeyd</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="171"/>
        <source>Entries: %1</source>
        <translation>Qeydlər: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="178"/>
        <source>The log is intact: all %1 entries are in order and unchanged.</source>
        <translation>Jurnal bütövdür: bütün %1 qeyd qaydasındadır və dəyişdirilməyib.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="185"/>
        <source>The log was tampered with: %1. Tell your coordinator.</source>
        <translation>Jurnala müdaxilə olunub: %1. Koordinatorunuza xəbər verin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="191"/>
        <source>Export the audit log</source>
        <translation>Audit jurnalını ixrac et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="202"/>
        <source>The audit log could not be exported: %1</source>
        <translation>Audit jurnalını ixrac etmək mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_audit.py" line="206"/>
        <source>%1 entries exported to %2.</source>
        <translation>%1 qeyd %2 faylına ixrac edildi.</translation>
    </message>
</context>
<context>
    <name>BalancesModel</name>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="174"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="174"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="174"/>
        <source>On hand</source>
        <translation>Mövcud</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="174"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="189"/>
        <source>Below the low-stock threshold of %1</source>
        <translation>Az ehtiyat həddindən (%1) aşağıdır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="207"/>
        <source>Low stock</source>
        <translation>Ehtiyat azdır</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="259"/>
        <source>Data directory</source>
        <translation>Məlumat qovluğu</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="260"/>
        <source>&amp;Open folder</source>
        <translation>Qovluğu &amp;aç</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="261"/>
        <source>Backups</source>
        <translation>Ehtiyat nüsxələr</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="264"/>
        <source>Copies of the store in the data directory&apos;s &apos;backups&apos; folder; the newest %1 are kept. Copy one to a USB stick now and then: a stolen laptop takes its backups with it.</source>
        <translation>Bazanın nüsxələri məlumat qovluğundakı &apos;backups&apos; qovluğundadır; ən yeni %1 nüsxə saxlanılır. Arabir birini USB yaddaşa köçürün: oğurlanan noutbuk ehtiyat nüsxələrini də aparır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="268"/>
        <source>&amp;Back up now</source>
        <translation>İndi &amp;nüsxə çıxar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="269"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Bərpa et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="270"/>
        <source>Restore from a &amp;file…</source>
        <translation>&amp;Fayldan bərpa et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="298"/>
        <source>Backed up to %1.</source>
        <translation>Ehtiyat nüsxə yaradıldı: %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="301"/>
        <source>Back up</source>
        <translation>Ehtiyat nüsxə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="314"/>
        <source>Restore from</source>
        <translation>Bərpa üçün fayl</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="314"/>
        <source>Field Kit stores (*.db)</source>
        <translation>Field Kit bazaları (*.db)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="322"/>
        <source>Replace the store with the backup %1?

What was recorded after it will no longer be shown. The store as it is now is kept as a backup first, so this can be undone. Field Kit then reopens the store.</source>
        <translation>Baza %1 ehtiyat nüsxəsi ilə əvəz edilsin?

Ondan sonra qeyd olunanlar artıq göstərilməyəcək. Bazanın indiki halı əvvəlcə ehtiyat nüsxə kimi saxlanılır, ona görə bunu geri qaytarmaq olar. Sonra Field Kit bazanı yenidən açır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="326"/>
        <location filename="../fieldkit/ui/settings_data.py" line="350"/>
        <source>Restore a backup</source>
        <translation>Ehtiyat nüsxəni bərpa et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="337"/>
        <source>Restore</source>
        <translation>Bərpa et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="340"/>
        <source>The backup was restored. Field Kit now reopens the store.</source>
        <translation>Ehtiyat nüsxə bərpa olundu. Field Kit bazanı yenidən açır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="344"/>
        <source>Recording stays paused until this laptop takes a new device identity (Settings, This device), because other computers may already hold changes newer than the backup.</source>
        <translation>Bu noutbuk yeni cihaz identifikatoru alana qədər (Tənzimləmələr, Bu cihaz) yazma dayandırılır, çünki başqa kompüterlərdə ehtiyat nüsxədən yeni dəyişikliklər ola bilər.</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="124"/>
        <source>Bundles from devices this coordinator does not know wait here. Approve a device only after its officer has read you the same key fingerprint (for example on the phone).</source>
        <translation>Bu koordinatorun tanımadığı cihazlardan gələn paketlər burada gözləyir. Cihazı yalnız onun əməkdaşı sizə eyni açar barmaq izini oxuduqdan sonra təsdiqləyin (məsələn, telefonla).</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="128"/>
        <source>Only devices &amp;waiting for approval</source>
        <translation>Yalnız təsdiq &amp;gözləyən cihazlar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="129"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Təsdiqlə…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="130"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Etibarı geri al…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="131"/>
        <source>Show &amp;file</source>
        <translation>Faylı gö&amp;stər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="132"/>
        <source>Open the folder that holds the refused file</source>
        <translation>Rədd edilmiş faylın olduğu qovluğu açın</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="133"/>
        <source>Import a&amp;gain</source>
        <translation>&amp;Yenidən idxal et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="135"/>
        <source>Import the refused file again, for example after approving its device</source>
        <translation>Rədd edilmiş faylı yenidən idxal edin, məsələn, cihazını təsdiqlədikdən sonra</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="183"/>
        <source>Choose a device to see the bundles received from it.</source>
        <translation>Ondan alınan paketləri görmək üçün cihaz seçin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="188"/>
        <source>Bundles received from %1:</source>
        <translation>%1 cihazından alınan paketlər:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="192"/>
        <source>Changes %1 are missing: ask its officer for the bundle that holds them, or for a new export.</source>
        <translation>%1 nömrəli dəyişikliklər çatışmır: cihazın əməkdaşından onları saxlayan paketi və ya yeni ixrac istəyin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="211"/>
        <source>Show file</source>
        <translation>Faylı göstər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="211"/>
        <source>%1 is no longer there.</source>
        <translation>%1 artıq mövcud deyil.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="245"/>
        <source>Trust %1 and import its %2 waiting bundle(s)?

Approve only if its officer has read you this key fingerprint:
%3</source>
        <translation>%1 etibarlı sayılsın və onun gözləyən %2 paketi idxal edilsin?

Yalnız onun əməkdaşı sizə bu açar barmaq izini oxuyubsa təsdiqləyin:
%3</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="249"/>
        <source>Approve device</source>
        <translation>Cihazı təsdiqlə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="259"/>
        <source>Approving %1</source>
        <translation>%1 təsdiqlənir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="266"/>
        <source>Refuse every bundle from %1 from now on? A coordinator can approve it again later.</source>
        <translation>Bundan sonra %1 cihazından gələn bütün paketlər rədd edilsin? Koordinator onu sonra yenidən təsdiqləyə bilər.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_devices.py" line="267"/>
        <location filename="../fieldkit/ui/sync_devices.py" line="273"/>
        <source>Revoke device</source>
        <translation>Cihazın etibarını geri al</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="128"/>
        <source>Duplicate people</source>
        <translation>Təkrar iştirakçılar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="129"/>
        <source>Show pairs &amp;scoring at least</source>
        <translation>Cütlərin &amp;minimum balı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="130"/>
        <source>Out of 100. A shared phone counts 45, the same name 35.</source>
        <translation>100 baldan. Eyni telefon 45, eyni ad 35 bal verir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="131"/>
        <source>Search &amp;again</source>
        <translation>Yenidən &amp;axtar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="132"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Birləşdir…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="133"/>
        <source>Merge the ticked records into the record kept (Enter)</source>
        <translation>İşarələnmiş qeydləri saxlanılan qeydə birləşdir (Enter)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="134"/>
        <source>S&amp;kip</source>
        <translation>&amp;Keç</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="135"/>
        <source>Not the same person, or decide later: go to the next group</source>
        <translation>Eyni şəxs deyil və ya sonra qərar verəcəksiniz: növbəti qrupa keçin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="137"/>
        <source>Only a coordinator merges people. You can look through the candidates on this laptop.</source>
        <translation>İştirakçıları yalnız koordinator birləşdirir. Bu noutbukda mümkün təkrarlara baxa bilərsiniz.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="165"/>
        <source>Looking for people registered twice…</source>
        <translation>İki dəfə əlavə edilmiş iştirakçılar axtarılır…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="169"/>
        <source>Looking for duplicate people</source>
        <translation>Təkrar iştirakçılar axtarılır</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="186"/>
        <source>%n group(s) of possible duplicates</source>
        <translation>
            <numerusform>%n mümkün təkrar qrupu</numerusform>
            <numerusform>%n mümkün təkrar qrupu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="187"/>
        <source>%n people compared</source>
        <translation>
            <numerusform>%n nəfər müqayisə edildi</numerusform>
            <numerusform>%n nəfər müqayisə edildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="189"/>
        <source>%n with very common names compared by phone only</source>
        <translation>
            <numerusform>çox yayılmış adı olan %n nəfər yalnız telefonla müqayisə edildi</numerusform>
            <numerusform>çox yayılmış adı olan %n nəfər yalnız telefonla müqayisə edildi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="214"/>
        <source>No possible duplicates left.</source>
        <translation>Mümkün təkrar qalmayıb.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="217"/>
        <source>Score %1 of 100: %2</source>
        <translation>Bal: %1 / 100 — %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="242"/>
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="260"/>
        <source>Merge people</source>
        <translation>İştirakçıları birləşdir</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/duplicates_dialog.py" line="244"/>
        <source>Merge %n record(s) into the record of %1 (registered on %2)? Nothing is deleted: the merged records are hidden from lists and counted as this person, and empty details of the kept record are filled from them. The merge reaches other coordinators with the next sync.</source>
        <translation>
            <numerusform>%n qeyd %1 adlı şəxsin qeydinə birləşdirilsin (əlavə edildiyi cihaz: %2)? Heç nə silinmir: birləşdirilən qeydlər siyahılarda gizlədilir və bu şəxs kimi sayılır, saxlanılan qeydin boş məlumatları isə onlardan doldurulur. Birləşdirmə növbəti sinxronlaşdırma ilə digər koordinatorlara çatır.</numerusform>
            <numerusform>%n qeyd %1 adlı şəxsin qeydinə birləşdirilsin (əlavə edildiyi cihaz: %2)? Heç nə silinmir: birləşdirilən qeydlər siyahılarda gizlədilir və bu şəxs kimi sayılır, saxlanılan qeydin boş məlumatları isə onlardan doldurulur. Birləşdirmə növbəti sinxronlaşdırma ilə digər koordinatorlara çatır.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="44"/>
        <source>same name</source>
        <translation>eyni ad</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="45"/>
        <source>name order swapped</source>
        <translation>ad hissələrinin sırası fərqli</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="46"/>
        <source>name transliterated</source>
        <translation>ad başqa yazılışda</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="47"/>
        <source>name partly the same</source>
        <translation>ad qismən eynidir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="48"/>
        <source>same phone</source>
        <translation>eyni telefon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="49"/>
        <source>same e-mail</source>
        <translation>eyni e-poçt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="50"/>
        <source>same agency</source>
        <translation>eyni qurum</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="51"/>
        <source>same position</source>
        <translation>eyni vəzifə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="52"/>
        <source>same region</source>
        <translation>eyni region</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="53"/>
        <source>different sex</source>
        <translation>fərqli cins</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="54"/>
        <source>different age band</source>
        <translation>fərqli yaş qrupu</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="55"/>
        <source>different phone</source>
        <translation>fərqli telefon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="80"/>
        <location filename="../fieldkit/ui/duplicates_models.py" line="162"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="81"/>
        <source>Records</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="82"/>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="83"/>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="160"/>
        <source>Keep</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="161"/>
        <source>Merge into it</source>
        <translation>Ona birləşdir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="163"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="164"/>
        <source>Age band</source>
        <translation>Yaş qrupu</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="165"/>
        <source>Agency</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="166"/>
        <source>Position</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="167"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="168"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="169"/>
        <source>Events attended</source>
        <translation>İştirak etdiyi tədbirlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="170"/>
        <source>Registered on</source>
        <translation>Əlavə edildiyi cihaz</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="140"/>
        <source>Skipped</source>
        <translation>Keçildi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="232"/>
        <source>Record %1</source>
        <translation>Qeyd %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="257"/>
        <source>Copied to the kept record, which has none</source>
        <translation>Saxlanılan qeyddə boş olduğu üçün ora köçürüləcək</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="259"/>
        <source>No consent recorded: contacts are withheld</source>
        <translation>Razılıq qeyd edilməyib: əlaqə məlumatları gizlədilib</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="264"/>
        <source>Keep this record</source>
        <translation>Bu qeydi saxla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="266"/>
        <source>kept</source>
        <translation>saxlanılır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/duplicates_models.py" line="273"/>
        <source>withheld</source>
        <translation>gizlədilib</translation>
    </message>
</context>
<context>
    <name>EnrolmentPage</name>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="112"/>
        <location filename="../fieldkit/ui/wizard_pages.py" line="123"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="113"/>
        <source>Optional: the enrolment file your coordinator gave you.</source>
        <translation>İstəyə görə: koordinatorunuzun verdiyi qoşulma faylı.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="116"/>
        <source>With it, this laptop trusts your coordinator, encrypts what it sends to them, and is trusted in return. Without it, your coordinator approves the laptop by hand later.</source>
        <translation>Bu faylla noutbuk koordinatorunuza etibar edir, ona göndərdiklərini şifrələyir və özü də etibarlı sayılır. Fayl olmasa, koordinator noutbuku sonra əl ilə təsdiqləyir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="120"/>
        <source>&amp;Choose file…</source>
        <translation>Faylı &amp;seç…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="121"/>
        <source>C&amp;lear</source>
        <translation>&amp;Təmizlə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="122"/>
        <source>No enrolment file</source>
        <translation>Qoşulma faylı yoxdur</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="124"/>
        <source>Key fingerprint</source>
        <translation>Açar barmaq izi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="125"/>
        <source>Sync hub</source>
        <translation>Sinxronlaşdırma serveri</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="126"/>
        <source>Valid until</source>
        <translation>Etibarlılıq müddəti</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="128"/>
        <source>The fingerprint matches the one my coordinator gave me, and I accept this coordinator</source>
        <translation>Barmaq izi koordinatorumun verdiyi ilə eynidir və bu koordinatoru qəbul edirəm</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="134"/>
        <source>Choose the enrolment file</source>
        <translation>Qoşulma faylını seçin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="134"/>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>Qoşulma faylları (*.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="172"/>
        <source>none (sync by file only)</source>
        <translation>yoxdur (yalnız fayl ilə sinxronlaşdırma)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_pages.py" line="176"/>
        <source>%1: expired. Your coordinator will have to approve this laptop by hand; ask for a new file.</source>
        <translation>%1: müddəti bitib. Koordinator bu noutbuku əl ilə təsdiqləməli olacaq; yeni fayl istəyin.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../fieldkit/services/attendance.py" line="82"/>
        <location filename="../fieldkit/services/attendance.py" line="120"/>
        <source>A headcount cannot be negative (got {count}).</source>
        <translation>Say mənfi ola bilməz (daxil edilən: {count}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/attendance.py" line="182"/>
        <source>A name is recorded only with the person&apos;s consent. Without consent, count them in the event&apos;s headcount instead.</source>
        <translation>Ad yalnız şəxsin razılığı ilə qeyd edilir. Razılıq yoxdursa, şəxsi tədbirin sayında nəzərə alın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/audit.py" line="107"/>
        <source>&apos;{value}&apos; is not a date. Write it as YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos; tarix deyil. Onu İİİİ-AA-GG şəklində yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/audit.py" line="124"/>
        <source>Unknown audit action {action}. Actions: {actions}.</source>
        <translation>Naməlum audit əməliyyatı: {action}. Əməliyyatlar: {actions}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="124"/>
        <location filename="../fieldkit/services/backup.py" line="307"/>
        <source>The store in {data_dir} is encrypted: unlock it with its passphrase first.</source>
        <translation>{data_dir} qovluğundakı baza şifrələnib: əvvəlcə onun kilidini parol ifadəsi ilə açın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="146"/>
        <source>There is no store in {data_dir} to back up.</source>
        <translation>{data_dir} qovluğunda ehtiyat nüsxəsi çıxarılacaq baza yoxdur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="153"/>
        <source>The backup could not be written to {folder} ({reason}). Check the free disk space.</source>
        <translation>Ehtiyat nüsxəni {folder} qovluğuna yazmaq mümkün olmadı ({reason}). Diskdəki boş yeri yoxlayın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="167"/>
        <source>{name} is damaged or is not a Field Kit store; it cannot be restored. Choose another backup.</source>
        <translation>{name} faylı zədələnib və ya Field Kit bazası deyil; onu bərpa etmək olmaz. Başqa ehtiyat nüsxə seçin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="171"/>
        <source>{name} is damaged, or is encrypted with another store&apos;s key; it cannot be restored here. Choose another backup.</source>
        <translation>{name} faylı zədələnib və ya başqa bazanın açarı ilə şifrələnib; onu burada bərpa etmək olmaz. Başqa ehtiyat nüsxə seçin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="201"/>
        <source>{name} was written by a newer Field Kit (schema {revision}; this app knows up to {head}). Install the newer Field Kit to restore it.</source>
        <translation>{name} faylı Field Kit-in daha yeni versiyası ilə yazılıb (sxem {revision}; bu proqram {head} sxeminə qədər tanıyır). Onu bərpa etmək üçün Field Kit-in yeni versiyasını quraşdırın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="211"/>
        <source>{name} holds a store that was never set up; there is nothing to restore.</source>
        <translation>{name} faylındakı baza heç vaxt quraşdırılmayıb; bərpa ediləcək heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="242"/>
        <source>The store is open in another Field Kit window or command. Close it, then restore again; nothing was changed.</source>
        <translation>Baza başqa Field Kit pəncərəsində və ya əmrində açıqdır. Onu bağlayın, sonra yenidən bərpa edin; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="349"/>
        <source>The backup {path} cannot be read ({reason}); nothing was changed.</source>
        <translation>{path} ehtiyat nüsxəsini oxumaq mümkün deyil ({reason}); heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/backup.py" line="369"/>
        <source>The current store could not be kept as a backup ({reason}); nothing was changed. Check the free disk space.</source>
        <translation>Cari bazanı ehtiyat nüsxə kimi saxlamaq mümkün olmadı ({reason}); heç nə dəyişdirilmədi. Diskdəki boş yeri yoxlayın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/common.py" line="23"/>
        <source>No {what} with id {row_id}. Check the id with the matching &apos;list&apos; command.</source>
        <translation>Tapılmadı ({what}, id {row_id}). İd-ni uyğun &apos;list&apos; əmri ilə yoxlayın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/common.py" line="41"/>
        <source>{field} is required.</source>
        <translation>Bu sahə mütləqdir: {field}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/common.py" line="44"/>
        <source>{field} is too long ({length} characters; at most {limit}).</source>
        <translation>{field}: mətn çox uzundur ({length} simvol; ən çoxu {limit}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/common.py" line="67"/>
        <source>This {what} is shared reference data managed by your coordinator, so it cannot be changed on this laptop. Ask your coordinator to correct it; the correction reaches you with the next sync.</source>
        <translation>Bu qeyd ({what}) koordinatorunuzun idarə etdiyi ümumi arayış məlumatıdır, ona görə bu noutbukda dəyişdirilə bilməz. Koordinatorunuzdan onu düzəltməsini xahiş edin; düzəliş növbəti sinxronlaşdırma ilə sizə çatacaq.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/enrolment.py" line="63"/>
        <source>Set this laptop up first (&apos;fieldkit init&apos;).</source>
        <translation>Əvvəlcə bu noutbuku quraşdırın (&apos;fieldkit init&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/enrolment.py" line="117"/>
        <source>A coordinator does not enrol with another device; laptops enrol with a coordinator.</source>
        <translation>Koordinator başqa cihaza qoşulmur; noutbuklar koordinatora qoşulur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/events.py" line="34"/>
        <source>{field} must be a date written YYYY-MM-DD (got &apos;{value}&apos;).</source>
        <translation>{field}: tarix YYYY-MM-DD şəklində yazılmalıdır (daxil edilən: &apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/events.py" line="75"/>
        <source>The event ends ({end}) before it starts ({start}). Check the dates.</source>
        <translation>Tədbir başlamazdan əvvəl bitir (bitmə: {end}, başlama: {start}). Tarixləri yoxlayın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/helplines.py" line="35"/>
        <source>&apos;{number}&apos; is not a helpline number. Give the full international number starting with + (for example +994 12 000 00 00) or a short code of 3 to 6 digits.</source>
        <translation>&apos;{number}&apos; qaynar xətt nömrəsi deyil. + ilə başlayan tam beynəlxalq nömrəni (məsələn, +994 12 000 00 00) və ya 3–6 rəqəmli qısa kodu yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/helplines.py" line="58"/>
        <source>No helpline &apos;{text}&apos;. Run &apos;fieldkit helpline list&apos;, or add one with &apos;fieldkit helpline add&apos;.</source>
        <translation>&apos;{text}&apos; qaynar xətti yoxdur. &apos;fieldkit helpline list&apos; əmrini işə salın və ya qaynar xətti &apos;fieldkit helpline add&apos; ilə əlavə edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/helplines.py" line="84"/>
        <source>Say who verified the number (verified by).</source>
        <translation>Nömrəni kimin yoxladığını yazın (Yoxlayan).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="85"/>
        <source>Languages must be az, en or ru, separated by commas (got &apos;{value}&apos;).</source>
        <translation>Dilləri vergüllə ayıraraq yazın: az, en və ya ru (verilən: &apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="109"/>
        <source>Language must be one of {languages}.</source>
        <translation>Dil bunlardan biri olmalıdır: {languages}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="112"/>
        <source>Only a coordinator publishes leaflet texts; officers receive them by sync.</source>
        <translation>Vərəqə mətnlərini yalnız koordinator dərc edir; əməkdaşlar onları sinxronlaşdırma ilə alır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="117"/>
        <source>These texts cannot be printed: {problem}</source>
        <translation>Bu mətnləri çap etmək mümkün deyil: {problem}</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="146"/>
        <source>A sign-in sheet is for an event: give the event&apos;s id (--event).</source>
        <translation>Qeydiyyat vərəqi tədbir üçündür: tədbirin identifikatorunu göstərin (--event).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="186"/>
        <source>A print run is recorded at your location, and none is set. Give --location, or set your home location (&apos;fieldkit settings set home-location CODE_OR_NAME&apos;).</source>
        <translation>Çap tirajı sizin məkanınızda qeyd olunur, amma məkan təyin edilməyib. --location göstərin və ya əsas məkanınızı təyin edin (&apos;fieldkit settings set home-location CODE_OR_NAME&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="206"/>
        <source>The helpline {number} has never been verified. Dial it to check it reaches the helpline, record that (&apos;fieldkit helpline verify&apos;), or confirm this run with --confirm-helpline.</source>
        <translation>Qaynar xəttin nömrəsi {number} heç vaxt yoxlanılmayıb. Qaynar xəttə çatdığını yoxlamaq üçün ona zəng edin və bunu qeyd edin (&apos;fieldkit helpline verify&apos;) və ya bu tirajı --confirm-helpline ilə təsdiqləyin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/leaflets.py" line="221"/>
        <source>Could not write {path}: {reason}. Nothing was recorded.</source>
        <translation>{path} faylını yazmaq mümkün olmadı: {reason}. Heç nə qeyd edilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="27"/>
        <source>The location is empty. Give an id, a code such as AZ-QAZ, or a name.</source>
        <translation>Məkan göstərilməyib. İd, AZ-QAZ kimi kod və ya ad yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="53"/>
        <source>&apos;{text}&apos; matches more than one location: {matches}. Give the code or id instead.</source>
        <translation>&apos;{text}&apos; bir neçə məkana uyğun gəlir: {matches}. Əvəzində kodu və ya id-ni göstərin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="61"/>
        <source>No location called &apos;{text}&apos;. Run &apos;fieldkit location list&apos; to see the names and codes.</source>
        <translation>&apos;{text}&apos; adlı məkan yoxdur. Adları və kodları görmək üçün &apos;fieldkit location list&apos; əmrini işə salın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="141"/>
        <source>&apos;{text}&apos; matches more than one agency: {matches}. Give the code or id instead.</source>
        <translation>&apos;{text}&apos; bir neçə quruma uyğun gəlir: {matches}. Əvəzində kodu və ya id-ni göstərin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="149"/>
        <source>No agency called &apos;{text}&apos;. Run &apos;fieldkit agency list&apos;, or add it with &apos;fieldkit agency add&apos;.</source>
        <translation>&apos;{text}&apos; adlı qurum yoxdur. &apos;fieldkit agency list&apos; əmrini işə salın və ya qurumu &apos;fieldkit agency add&apos; ilə əlavə edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/locations.py" line="173"/>
        <source>The agency &apos;{name}&apos; already exists (id {id}).</source>
        <translation>&apos;{name}&apos; qurumu artıq mövcuddur (id {id}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/materials.py" line="29"/>
        <source>A material needs a code, for example LF-2026-01.</source>
        <translation>Materialın kodu olmalıdır, məsələn, LF-2026-01.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/materials.py" line="31"/>
        <source>A material code has at most 40 characters.</source>
        <translation>Material kodu ən çoxu 40 simvol ola bilər.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/materials.py" line="39"/>
        <source>A material needs at least one language (az, en or ru).</source>
        <translation>Materialın ən azı bir dili olmalıdır (az, en və ya ru).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/materials.py" line="64"/>
        <source>No material with code &apos;{text}&apos;. Run &apos;fieldkit material list&apos;, or add it with &apos;fieldkit material add&apos;.</source>
        <translation>&apos;{text}&apos; kodlu material yoxdur. &apos;fieldkit material list&apos; əmrini işə salın və ya materialı &apos;fieldkit material add&apos; ilə əlavə edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/materials.py" line="109"/>
        <source>A material with code {code} already exists.</source>
        <translation>Bu kodla material artıq mövcuddur: {code}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/participants.py" line="74"/>
        <source>&apos;{value}&apos; is not a phone number. Write it like +994 50 123 45 67.</source>
        <translation>&apos;{value}&apos; telefon nömrəsi deyil. Nömrəni belə yazın: +994 50 123 45 67.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/participants.py" line="84"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; e-poçt ünvanı deyil.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/participants.py" line="121"/>
        <source>Minors are never registered by name. Record pupils and other under-18s as a headcount (counts by sex and age band) for the event instead.</source>
        <translation>Yetkinlik yaşına çatmayanlar heç vaxt adla qeyd edilmir. Şagirdləri və 18 yaşınadək digər şəxsləri tədbirin sayında (cinsə və yaş qrupuna görə) nəzərə alın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/participants.py" line="401"/>
        <source>Person {n}: {message}</source>
        <translation>İştirakçı № {n}: {message}</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="79"/>
        <source>Only a coordinator merges people: the coordinator&apos;s store holds the people of every laptop. Leave both records as they are; your coordinator merges them after the next sync.</source>
        <translation>İştirakçıları yalnız koordinator birləşdirir: bütün noutbukların iştirakçıları koordinatorun bazasındadır. Hər iki qeydi olduğu kimi saxlayın; koordinatorunuz onları növbəti sinxronlaşdırmadan sonra birləşdirəcək.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="103"/>
        <source>Name at least one duplicate to merge into the kept person.</source>
        <translation>Saxlanılan qeydlə birləşdirmək üçün ən azı bir təkrarı göstərin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="106"/>
        <source>A person cannot be merged into themself; name another record to keep.</source>
        <translation>İştirakçını özü ilə birləşdirmək olmaz; saxlanılacaq başqa qeyd seçin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="112"/>
        <source>{name} ({id}) is already merged into {target}: keep that record instead, or unmerge this one first.</source>
        <translation>{name} ({id}) artıq başqa qeydlə birləşdirilib ({target}): əvəzində həmin qeydi saxlayın və ya əvvəlcə bu birləşdirməni geri alın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="125"/>
        <source>{name} ({id}) is already merged into {target}. Unmerge it first (&apos;fieldkit people unmerge&apos;) if it belongs to this person instead.</source>
        <translation>{name} ({id}) artıq başqa qeydlə birləşdirilib ({target}). Əslində bu iştirakçıya aiddirsə, əvvəlcə birləşdirməni geri alın (&apos;fieldkit people unmerge&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/people_merge.py" line="172"/>
        <source>{name} ({id}) is not merged into anyone.</source>
        <translation>{name} ({id}) heç bir qeydlə birləşdirilməyib.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/privacy.py" line="128"/>
        <source>No participant with id {participant_id}. Check the id with &apos;fieldkit participant list&apos;.</source>
        <translation>İdentifikatoru {participant_id} olan iştirakçı yoxdur. İdentifikatoru &apos;fieldkit participant list&apos; ilə yoxlayın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/privacy.py" line="155"/>
        <source>Only a coordinator sets the retention period: it is a setting for the whole project, and it reaches the laptops with the next sync.</source>
        <translation>Saxlama müddətini yalnız koordinator təyin edir: bu, bütün layihə üçün tənzimləmədir və noutbuklara növbəti sinxronlaşdırma ilə çatır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/privacy.py" line="178"/>
        <source>The retention period is a whole number of months from 1 to {most} (got {months}).</source>
        <translation>Saxlama müddəti tam ay sayıdır: ən azı 1, ən çoxu {most} (verilən: {months}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/privacy.py" line="246"/>
        <source>No retention period is set for this project. A coordinator sets it with &apos;fieldkit retention set --months N&apos;; it reaches the laptops with the next sync.</source>
        <translation>Bu layihə üçün saxlama müddəti təyin edilməyib. Koordinator onu &apos;fieldkit retention set --months N&apos; əmri ilə təyin edir; o, noutbuklara növbəti sinxronlaşdırma ilə çatır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/privacy.py" line="298"/>
        <source>Only a laptop hands its people over to the coordinator; a coordinator&apos;s store keeps them.</source>
        <translation>İştirakçılarını koordinatora yalnız noutbuk təhvil verir; koordinatorun bazası onları saxlayır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/report_filters.py" line="79"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Dövr başlamazdan əvvəl bitir (son: {end}, başlanğıc: {start}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/report_filters.py" line="109"/>
        <source>{place} is a {kind}, not an economic region; use --region for it.</source>
        <translation>{place} iqtisadi rayon deyil ({kind}); onun üçün --region istifadə edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/report_raw.py" line="181"/>
        <source>The raw export holds personal data, so only a coordinator makes it. On this laptop, export the report instead (xlsx, csv or pdf): it holds counts only, no names or contacts.</source>
        <translation>Xam ixracda fərdi məlumatlar var, ona görə onu yalnız koordinator hazırlayır. Bu noutbukda bunun əvəzinə hesabatı ixrac edin (xlsx, csv və ya pdf): orada yalnız saylar var, ad və əlaqə məlumatları yoxdur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="145"/>
        <source>{path} is not a complete Field Kit enrolment file ({problem}). Ask your coordinator for it again.</source>
        <translation>{path} tam Field Kit qoşulma faylı deyil ({problem}). Onu koordinatorunuzdan yenidən istəyin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="218"/>
        <source>The verified date of {number} ({date}) is in the future.</source>
        <translation>{number} nömrəsinin yoxlanılma tarixi ({date}) gələcəkdədir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="231"/>
        <source>The number {number} is listed twice.</source>
        <translation>{number} nömrəsi iki dəfə göstərilib.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="235"/>
        <source>Say who verified the helpline numbers.</source>
        <translation>Qaynar xətt nömrələrini kimin yoxladığını göstərin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="244"/>
        <source>The laptop needs a name, for example &apos;Qazax-2&apos; or the officer&apos;s name.</source>
        <translation>Noutbuka ad lazımdır, məsələn, &apos;Qazax-2&apos; və ya əməkdaşın adı.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="246"/>
        <location filename="../fieldkit/store/open.py" line="99"/>
        <source>Role must be one of: {roles}.</source>
        <translation>Rol bunlardan biri olmalıdır: {roles}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="248"/>
        <source>Language must be one of: {languages}.</source>
        <translation>Dil bunlardan biri olmalıdır: {languages}.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="260"/>
        <source>This data directory is already set up as device &apos;{name}&apos;. Nothing was changed.</source>
        <translation>Bu məlumat qovluğu artıq &apos;{name}&apos; cihazı kimi quraşdırılıb. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="297"/>
        <source>The laptop is set up, but its settings could not be saved ({reason}). Check the free space, then set the language and home location again in Settings.</source>
        <translation>Noutbuk quraşdırıldı, amma onun tənzimləmələrini yadda saxlamaq mümkün olmadı ({reason}). Boş yeri yoxlayın, sonra dili və əsas məkanı Tənzimləmələrdə yenidən təyin edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="353"/>
        <source>This laptop could not be set up: {reason}. Check the free space and the data directory ({data_dir}), then try again. Nothing was set up.</source>
        <translation>Bu noutbuku quraşdırmaq mümkün olmadı: {reason}. Boş yeri və məlumat qovluğunu ({data_dir}) yoxlayın, sonra yenidən cəhd edin. Heç nə quraşdırılmadı.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/setup.py" line="388"/>
        <source>The number {number} is already in the list of helplines; tick it there instead.</source>
        <translation>{number} nömrəsi artıq qaynar xətlər siyahısındadır; əvəzində onu orada işarələyin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="49"/>
        <source>An adjustment of 0 changes nothing; give a positive or negative number.</source>
        <translation>0 ədədlik düzəliş heç nəyi dəyişmir; müsbət və ya mənfi ədəd yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="54"/>
        <source>The quantity must be a positive whole number (got {quantity}).</source>
        <translation>Miqdar müsbət tam ədəd olmalıdır (daxil edilən: {quantity}).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="74"/>
        <source>{quantity} is more than Field Kit accepts in one movement ({limit}).</source>
        <translation>Miqdar çox böyükdür ({quantity}): Field Kit bir hərəkətdə ən çoxu {limit} qəbul edir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="92"/>
        <source>Only {on_hand} of {code} in stock at {place}; this {kind} of {quantity} would take it below zero. Record the missing receipt first, or give a reason to record it anyway (--reason on the command line).</source>
        <translation>Mövcud ehtiyat: {code} üzrə cəmi {on_hand} ({place}); bu hərəkət ({kind}, {quantity}) ehtiyatı sıfırdan aşağı salar. Əvvəlcə çatışmayan mədaxili qeyd edin və ya yenə də qeyd etmək üçün səbəb göstərin (əmr sətrində --reason).</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="192"/>
        <source>A transfer needs two different locations.</source>
        <translation>Köçürmə üçün iki fərqli məkan lazımdır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="204"/>
        <source>Undoing this {kind} of {quantity} would take the stock below zero (only {on_hand} on hand now, since some was handed out). Record a write-off or an adjustment instead.</source>
        <translation>Bu hərəkətin ({kind}, {quantity}) ləğvi ehtiyatı sıfırdan aşağı salar (bir hissəsi paylandığından indi cəmi {on_hand} mövcuddur). Əvəzində silinmə və ya düzəliş qeyd edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="321"/>
        <source>No transfer with id {transfer_id}, or it was already undone.</source>
        <translation>Köçürmə tapılmadı (id {transfer_id}) və ya artıq ləğv edilib.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/stock.py" line="328"/>
        <source>Undoing this transfer would take the stock at the receiving location below zero (only {on_hand} on hand there now). Transfer the stock back instead.</source>
        <translation>Bu köçürmənin ləğvi qəbul edən məkanda ehtiyatı sıfırdan aşağı salar (orada indi cəmi {on_hand} mövcuddur). Əvəzində ehtiyatı geri köçürün.</translation>
    </message>
    <message>
        <location filename="../fieldkit/services/vocab.py" line="45"/>
        <source>{field} must be one of: {allowed} (got &apos;{value}&apos;).</source>
        <translation>{field} sahəsinin dəyəri bunlardan biri olmalıdır: {allowed} (verilən: &apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="98"/>
        <source>{path} is in the way; move it elsewhere, then try again. Nothing was changed.</source>
        <translation>{path} mane olur; onu başqa yerə köçürün, sonra yenidən cəhd edin. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="135"/>
        <source>The store is open in another Field Kit window or command. Close it, then encrypt again; nothing was changed.</source>
        <translation>Baza başqa Field Kit pəncərəsində və ya əmrində açıqdır. Onu bağlayın, sonra yenidən şifrələyin; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="155"/>
        <source>There is no store in {data_dir} to encrypt. Run &apos;fieldkit init&apos; first.</source>
        <translation>{data_dir} qovluğunda şifrələnəcək baza yoxdur. Əvvəlcə &apos;fieldkit init&apos; əmrini işə salın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="162"/>
        <source>The store in {data_dir} is already encrypted (or damaged).</source>
        <translation>{data_dir} qovluğundakı baza artıq şifrələnib (və ya zədələnib).</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="168"/>
        <source>The store in {data_dir} is already encrypted. To change its passphrase, run &apos;fieldkit store rekey&apos;.</source>
        <translation>{data_dir} qovluğundakı baza artıq şifrələnib. Parol ifadəsini dəyişmək üçün &apos;fieldkit store rekey&apos; əmrini işə salın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="204"/>
        <source>The encrypted copy failed SQLite&apos;s integrity check; the plain store was kept unchanged.</source>
        <translation>Şifrələnmiş nüsxə SQLite bütövlük yoxlamasından keçmədi; şifrələnməmiş baza dəyişdirilmədən saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/encrypt.py" line="213"/>
        <source>The encrypted copy does not hold exactly what the plain store holds (was it changed meanwhile?); the plain store was kept unchanged. Try again.</source>
        <translation>Şifrələnmiş nüsxədəki məlumat şifrələnməmiş bazadakı ilə tam eyni deyil (baza bu arada dəyişdirilibmi?); şifrələnməmiş baza dəyişdirilmədən saxlanıldı. Yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/engine.py" line="128"/>
        <source>This store has no device identity yet. Run &apos;fieldkit init&apos; first.</source>
        <translation>Bu bazanın hələ cihaz identifikatoru yoxdur. Əvvəlcə &apos;fieldkit init&apos; əmrini işə salın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/engine.py" line="134"/>
        <source>Field Kit is not set up in this data directory yet. Run &apos;fieldkit init --name NAME --role officer&apos; first.</source>
        <translation>Bu məlumat qovluğunda Field Kit hələ quraşdırılmayıb. Əvvəlcə &apos;fieldkit init --name NAME --role officer&apos; əmrini işə salın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/errors.py" line="76"/>
        <source>The disk is full. Free some space, then try again; nothing was saved.</source>
        <translation>Disk doludur. Bir az yer boşaldın, sonra yenidən cəhd edin; heç nə yadda saxlanılmadı.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/errors.py" line="79"/>
        <source>The store is busy in another Field Kit window or command. Close it or wait, then try again.</source>
        <translation>Baza başqa Field Kit pəncərəsində və ya əmrində məşğuldur. Onu bağlayın və ya gözləyin, sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/errors.py" line="82"/>
        <source>The store file cannot be written. Check the data directory&apos;s permissions.</source>
        <translation>Baza faylına yazmaq mümkün deyil. Məlumat qovluğunun icazələrini yoxlayın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/errors.py" line="85"/>
        <source>The store file is damaged or is not a Field Kit store. Restore it from a backup in the data directory&apos;s &apos;backups&apos; folder.</source>
        <translation>Baza faylı zədələnib və ya Field Kit bazası deyil. Onu məlumat qovluğundakı &apos;backups&apos; qovluğundan ehtiyat nüsxə ilə bərpa edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="121"/>
        <source>A PIN is {least} to {most} digits (0-9), nothing else.</source>
        <translation>PIN kod yalnız rəqəmlərdən (0-9) ibarətdir: {least}–{most} rəqəm, başqa heç nə.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="146"/>
        <source>No PIN unlocks this store now. Type the passphrase.</source>
        <translation>Hazırda bu bazanın kilidini heç bir PIN kod açmır. Parol ifadəsini yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="156"/>
        <source>{tries} wrong PINs: the PIN no longer works. Type the passphrase.</source>
        <translation>{tries} yanlış PIN kod: PIN kod artıq işləmir. Parol ifadəsini yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="158"/>
        <source>That PIN is wrong; {left} tries left.</source>
        <translation>PIN kod yanlışdır; {left} cəhd qalıb.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="192"/>
        <source>The passphrase is empty. Choose one of at least a few words; it cannot be recovered.</source>
        <translation>Parol ifadəsi boşdur. Ən azı bir neçə sözdən ibarət parol ifadəsi seçin; onu bərpa etmək mümkün olmayacaq.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="254"/>
        <source>The store in {data_dir} is encrypted, but its key file {keys_file} is missing. Put back the {keys_file} that was made with this store; without it the store cannot be opened, not even with the recovery key.</source>
        <translation>{data_dir} qovluğundakı baza şifrələnib, amma onun {keys_file} açar faylı yoxdur. Bu baza ilə yaradılmış {keys_file} faylını geri qoyun; onsuz bazanı açmaq olmaz, hətta bərpa açarı ilə də.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="264"/>
        <source>The key file {path} cannot be read ({reason}). Put back a copy of it.</source>
        <translation>{path} açar faylını oxumaq mümkün deyil ({reason}). Onun nüsxəsini geri qoyun.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="270"/>
        <source>{path} is not a Field Kit key file. Put back the {keys_file} made with this store.</source>
        <translation>{path} Field Kit açar faylı deyil. Bu baza ilə yaradılmış {keys_file} faylını geri qoyun.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="278"/>
        <source>{path} was written by a newer Field Kit. Install the newer Field Kit to open this store.</source>
        <translation>{path} faylı Field Kit-in daha yeni versiyası ilə yazılıb. Bu bazanı açmaq üçün Field Kit-in yeni versiyasını quraşdırın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="320"/>
        <source>{path} already exists and this passphrase does not open it. It may still be needed for encrypted backups: move it somewhere safe first, or use its passphrase.</source>
        <translation>{path} artıq mövcuddur və bu parol ifadəsi onu açmır. O, şifrələnmiş ehtiyat nüsxələr üçün hələ lazım ola bilər: əvvəlcə onu etibarlı yerə köçürün və ya onun parol ifadəsindən istifadə edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="354"/>
        <source>That recovery key does not unlock the store in {data_dir}. Nothing was read or changed.</source>
        <translation>Bu bərpa açarı {data_dir} qovluğundakı bazanın kilidini açmır. Heç nə oxunmadı və dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/keys.py" line="360"/>
        <source>That passphrase does not unlock the store in {data_dir}. Nothing was read or changed.</source>
        <translation>Bu parol ifadəsi {data_dir} qovluğundakı bazanın kilidini açmır. Heç nə oxunmadı və dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/migrate.py" line="37"/>
        <source>The store file cannot be read ({reason}). It may be damaged or not a Field Kit store; restore it from a backup in the &apos;backups&apos; folder of the data directory.</source>
        <translation>Baza faylını oxumaq mümkün deyil ({reason}). O, zədələnmiş ola bilər və ya Field Kit bazası olmaya bilər; onu məlumat qovluğundakı &apos;backups&apos; qovluğundan ehtiyat nüsxə ilə bərpa edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/migrate.py" line="73"/>
        <source>This store was written by a newer Field Kit (schema {revision}; this app knows up to {head}). Install the newer Field Kit to open it; the store was not changed.</source>
        <translation>Bu baza Field Kit-in daha yeni versiyası ilə yazılıb (sxem {revision}; bu proqram {head} sxeminə qədər tanıyır). Onu açmaq üçün Field Kit-in yeni versiyasını quraşdırın; baza dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="36"/>
        <source>The store in {data_dir} is encrypted: it opens only with its passphrase (or its recovery key).</source>
        <translation>{data_dir} qovluğundakı baza şifrələnib: o, yalnız parol ifadəsi (və ya bərpa açarı) ilə açılır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="43"/>
        <source>The key in {keys_file} does not open the store in {data_dir}: one of the two was copied from another data directory, or the store is damaged. Nothing was changed; put back the matching files, or restore a backup from the &apos;backups&apos; folder.</source>
        <translation>{keys_file} faylındakı açar {data_dir} qovluğundakı bazanı açmır: ikisindən biri başqa məlumat qovluğundan köçürülüb və ya baza zədələnib. Heç nə dəyişdirilmədi; uyğun faylları geri qoyun və ya &apos;backups&apos; qovluğundan ehtiyat nüsxəni bərpa edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="65"/>
        <source>There is no Field Kit store in {data_dir}. Run &apos;fieldkit init --name NAME --role officer&apos; to set up this laptop.</source>
        <translation>{data_dir} qovluğunda Field Kit bazası yoxdur. Bu noutbuku quraşdırmaq üçün &apos;fieldkit init --name NAME --role officer&apos; əmrini işə salın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="81"/>
        <source>{problem} If it is an encrypted store, its key file {keys_file} is missing from {data_dir}: put it back.</source>
        <translation>{problem} Əgər bu şifrələnmiş bazadırsa, onun {keys_file} açar faylı {data_dir} qovluğunda yoxdur: onu geri qoyun.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="102"/>
        <source>The device needs a name, for example &apos;Qazax-2&apos; or the officer&apos;s name.</source>
        <translation>Cihaza ad lazımdır, məsələn, &apos;Qazax-2&apos; və ya əməkdaşın adı.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="105"/>
        <source>This data directory is already set up as device &apos;{name}&apos; ({device_id}). Nothing was changed.</source>
        <translation>Bu məlumat qovluğu artıq &apos;{name}&apos; cihazı kimi quraşdırılıb ({device_id}). Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/store/open.py" line="134"/>
        <source>This store has no identity to renew. Run &apos;fieldkit init&apos; first.</source>
        <translation>Bu bazanın yenilənəcək identifikatoru yoxdur. Əvvəlcə &apos;fieldkit init&apos; əmrini işə salın.</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="158"/>
        <source>New event</source>
        <translation>Yeni tədbir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="158"/>
        <source>Edit event</source>
        <translation>Tədbiri redaktə et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="160"/>
        <source>&amp;Title</source>
        <translation>Başlı&amp;q</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="161"/>
        <source>&amp;Kind</source>
        <translation>&amp;Növ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="162"/>
        <source>&amp;From</source>
        <translation>&amp;Başlanğıc</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="163"/>
        <source>&amp;Location</source>
        <translation>&amp;Məkan</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="164"/>
        <source>&amp;Organiser</source>
        <translation>Təş&amp;kilatçı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="165"/>
        <source>Pa&amp;rtners</source>
        <translation>Tə&amp;rəfdaşlar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="166"/>
        <source>Au&amp;dience</source>
        <translation>&amp;Auditoriya</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="167"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="168"/>
        <source>&amp;Notes</source>
        <translation>Qeyd&amp;lər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="172"/>
        <source>&amp;Pillar</source>
        <translation>İs&amp;tiqamət</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="173"/>
        <source>&amp;Until</source>
        <translation>&amp;Son gün</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="174"/>
        <source>St&amp;atus</source>
        <translation>&amp;Vəziyyət</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="175"/>
        <source>e.g. Round-table with border guards in Qazax</source>
        <translation>məs. Qazaxda sərhədçilərlə dəyirmi masa</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="176"/>
        <source>e.g. border guards, teachers, students</source>
        <translation>məs. sərhədçilər, müəllimlər, tələbələr</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="177"/>
        <source>Type part of a name or a code</source>
        <translation>Adın və ya kodun bir hissəsini yazın</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="178"/>
        <source>Tick the partner agencies (Space ticks the current one)</source>
        <translation>Tərəfdaş qurumları işarələyin (Boşluq cari olanı işarələyir)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="179"/>
        <source>Enter starts a new line here; Ctrl+Enter saves</source>
        <translation>Burada Enter yeni sətir başladır; Ctrl+Enter yadda saxlayır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/event_editor.py" line="191"/>
        <location filename="../fieldkit/ui/event_editor.py" line="194"/>
        <location filename="../fieldkit/ui/event_editor.py" line="196"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="24"/>
        <source>Any time</source>
        <translation>İstənilən vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="25"/>
        <source>Today and later</source>
        <translation>Bu gün və sonra</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="26"/>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="27"/>
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="28"/>
        <source>This year</source>
        <translation>Bu il</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="29"/>
        <source>Last year</source>
        <translation>Keçən il</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="30"/>
        <source>Dates…</source>
        <translation>Tarixlər…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="172"/>
        <source>Events</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="175"/>
        <source>Search titles, places and audiences (Ctrl+F)</source>
        <translation>Başlıq, məkan və auditoriya üzrə axtarış (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="176"/>
        <source>&amp;New event…</source>
        <translation>&amp;Yeni tədbir…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="177"/>
        <source>Plan or record an event (Ctrl+N)</source>
        <translation>Tədbir planlaşdırın və ya qeyd edin (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/pages/events_page.py" line="252"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n tədbir</numerusform>
            <numerusform>%n tədbir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/pages/events_page.py" line="254"/>
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 / %n tədbir</numerusform>
            <numerusform>%1 / %n tədbir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="330"/>
        <source>Saved.</source>
        <translation>Yadda saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="343"/>
        <source>Mark as held</source>
        <translation>Keçirilmiş kimi qeyd et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_page.py" line="347"/>
        <source>Marked as held.</source>
        <translation>Keçirilmiş kimi qeyd edildi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/pages/event_detail.py" line="204"/>
        <source>Sign-in sheet saved: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Qeydiyyat vərəqi saxlanıldı: %1 (%n səhifə).</numerusform>
            <numerusform>Qeydiyyat vərəqi saxlanıldı: %1 (%n səhifə).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="119"/>
        <source>Choose an event to see who came, check people in and count them.</source>
        <translation>Kimin gəldiyini görmək, iştirakçıları qeydiyyata almaq və saymaq üçün tədbir seçin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="120"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="121"/>
        <source>Change the event&apos;s details (Ctrl+E)</source>
        <translation>Tədbirin məlumatlarını dəyişin (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="122"/>
        <source>Mark as &amp;held</source>
        <translation>&amp;Keçirilmiş kimi qeyd et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="123"/>
        <source>&amp;Print sign-in sheet…</source>
        <translation>Qeydiyyat &amp;vərəqini çap et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="124"/>
        <source>A paper sheet for when the laptop is not at hand, saved as PDF</source>
        <translation>Noutbuk əl altında olmayanda kağız vərəq, PDF kimi saxlanılır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="125"/>
        <source>Headcount sheet (no names)</source>
        <translation>Say vərəqi (adsız)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="126"/>
        <source>Sheet with names, contacts and consent</source>
        <translation>Ad, əlaqə və razılıq ilə vərəq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="127"/>
        <source>A&amp;ttendance</source>
        <translation>İş&amp;tirak</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="128"/>
        <source>Hea&amp;dcount</source>
        <translation>&amp;Say</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="177"/>
        <source>Print sign-in sheet</source>
        <translation>Qeydiyyat vərəqinin çapı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="178"/>
        <source>No helpline is set up, and every sheet prints it. Add one in Settings first.</source>
        <translation>Qaynar xətt təyin edilməyib, halbuki hər vərəqdə çap olunur. Əvvəlcə Tənzimləmələrdə əlavə edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="182"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="182"/>
        <source>Save the sign-in sheet</source>
        <translation>Qeydiyyat vərəqini yadda saxla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/event_detail.py" line="197"/>
        <source>Printing the sign-in sheet</source>
        <translation>Qeydiyyat vərəqi çap olunur</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="76"/>
        <source>From</source>
        <translation>Başlanğıc tarixi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="77"/>
        <source>To</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="80"/>
        <source>C&amp;lear filters</source>
        <translation>Filtrləri sı&amp;fırla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="92"/>
        <source>All regions</source>
        <translation>Bütün regionlar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="93"/>
        <source>All kinds</source>
        <translation>Bütün növlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="94"/>
        <source>All pillars</source>
        <translation>Bütün istiqamətlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="95"/>
        <source>Any status</source>
        <translation>İstənilən vəziyyət</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/events_filters.py" line="99"/>
        <source>Economic region</source>
        <translation>İqtisadi rayon</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="76"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="77"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="78"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="79"/>
        <source>Pillar</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="80"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="81"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="82"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="83"/>
        <source>People</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="264"/>
        <source>%1 checked in by name, %2 counted</source>
        <translation>adla qeydiyyatda: %1, sayla: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="290"/>
        <source>Set up Field Kit</source>
        <translation>Field Kit quraşdırılması</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="291"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="292"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Növbəti &gt;</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="293"/>
        <source>&amp;Finish</source>
        <translation>&amp;Bitir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="294"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="343"/>
        <source>Set-up failed unexpectedly: %1</source>
        <translation>Quraşdırma gözlənilmədən alınmadı: %1</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="328"/>
        <source>Record a handout</source>
        <translation>Paylanmanı qeyd et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="329"/>
        <source>&amp;Material</source>
        <translation>&amp;Material</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="330"/>
        <source>&amp;Quantity handed out</source>
        <translation>&amp;Paylanan miqdar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="331"/>
        <source>Handed out &amp;at</source>
        <translation>Paylandığı &amp;yer</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="332"/>
        <source>&amp;Event</source>
        <translation>&amp;Tədbir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="333"/>
        <source>(no event)</source>
        <translation>(tədbirsiz)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="334"/>
        <source>&amp;When</source>
        <translation>&amp;Vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="335"/>
        <source>&amp;Note</source>
        <translation>&amp;Qeyd</translation>
    </message>
</context>
<context>
    <name>HeadcountPanel</name>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="110"/>
        <location filename="../fieldkit/ui/headcount.py" line="111"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="112"/>
        <source>&amp;Save headcount</source>
        <translation>Sayı ya&amp;dda saxla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="113"/>
        <source>Enter also saves</source>
        <translation>Enter də yadda saxlayır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="114"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="146"/>
        <source>People counted without names. Pupils and other under-18s are only ever counted here.</source>
        <translation>Adsız sayılan şəxslər. Şagirdlər və 18 yaşınadək digər şəxslər yalnız burada sayılır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/headcount.py" line="148"/>
        <source>A further %1 are counted in named groups (not shown here).</source>
        <translation>Daha %1 nəfər başqa qruplarda sayılıb (burada göstərilmir).</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/headcount.py" line="176"/>
        <source>Saved: %n people counted.</source>
        <translation>
            <numerusform>Yadda saxlanıldı: %n nəfər sayılıb.</numerusform>
            <numerusform>Yadda saxlanıldı: %n nəfər sayılıb.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelplineDraftModel</name>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="65"/>
        <source>Use</source>
        <translation>İstifadə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="66"/>
        <source>Label</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="67"/>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="68"/>
        <source>Verified on</source>
        <translation>Yoxlanılma tarixi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="143"/>
        <source>Not verified</source>
        <translation>Yoxlanılmayıb</translation>
    </message>
</context>
<context>
    <name>HelplinesPage</name>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="235"/>
        <source>Helpline</source>
        <translation>Qaynar xətt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="237"/>
        <source>The number printed on every leaflet, and the day someone dialled it and got through.</source>
        <translation>Hər vərəqədə çap olunan nömrə və kiminsə ona zəng edib əlaqə saxladığı gün.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="241"/>
        <source>Tick the helplines this laptop uses. Double-click a date to change it. To add a number, type it below: the full international number starting with +994, or a short code.</source>
        <translation>Bu noutbukun istifadə etdiyi qaynar xətləri işarələyin. Tarixi dəyişmək üçün üzərinə iki dəfə klikləyin. Nömrə əlavə etmək üçün onu aşağıda yazın: +994 ilə başlayan tam beynəlxalq nömrə və ya qısa kod.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="245"/>
        <source>&amp;Label</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="246"/>
        <source>e.g. National helpline</source>
        <translation>məs. Milli qaynar xətt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="247"/>
        <source>N&amp;umber</source>
        <translation>&amp;Nömrə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="249"/>
        <source>I dialled it and reached the helpline on</source>
        <translation>Zəng edib qaynar xəttə çatdığım tarix:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="250"/>
        <source>&amp;Add helpline</source>
        <translation>Qaynar xətt ə&amp;lavə et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="251"/>
        <source>&amp;Remove</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="254"/>
        <source>You can go on without one: your coordinator&apos;s helplines arrive with the next sync, and printing asks you to confirm a number that was never verified.</source>
        <translation>Qaynar xətt olmadan da davam edə bilərsiniz: koordinatorunuzun qaynar xətləri növbəti sinxronlaşdırma ilə gələcək, çap zamanı isə heç vaxt yoxlanılmamış nömrəni təsdiqləməyiniz istəniləcək.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="273"/>
        <source>Type the helpline number first.</source>
        <translation>Əvvəlcə qaynar xəttin nömrəsini yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="283"/>
        <source>Give the number a label, e.g. National helpline.</source>
        <translation>Nömrəyə ad verin, məs. Milli qaynar xətt.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_helplines.py" line="287"/>
        <source>%1 is already in the list.</source>
        <translation>%1 artıq siyahıdadır.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="58"/>
        <source>&amp;New event</source>
        <translation>&amp;Yeni tədbir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="59"/>
        <source>&amp;Check in participants</source>
        <translation>İştirakçı &amp;qeydiyyatı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="60"/>
        <source>&amp;Tally handouts</source>
        <translation>Paylanmaları &amp;say</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="61"/>
        <source>&amp;Receive stock</source>
        <translation>&amp;Mədaxil qeyd et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="62"/>
        <source>&amp;Print leaflets</source>
        <translation>&amp;Vərəqələri çap et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="63"/>
        <source>Add a p&amp;erson</source>
        <translation>İştirakçı ə&amp;lavə et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="64"/>
        <source>E&amp;xport for the coordinator</source>
        <translation>&amp;Koordinator üçün ixrac</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="65"/>
        <source>&amp;Import laptops&apos; files</source>
        <translation>&amp;Noutbuk fayllarını idxal et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="66"/>
        <source>Setti&amp;ngs</source>
        <translation>&amp;Tənzimləmələr</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="79"/>
        <source>When</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="80"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="81"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="82"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="83"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="153"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="154"/>
        <source>Where</source>
        <translation>Harada</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="155"/>
        <source>On hand</source>
        <translation>Mövcud</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="295"/>
        <source>Home</source>
        <translation>Əsas səhifə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="299"/>
        <source>Quick actions</source>
        <translation>Sürətli əməliyyatlar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="303"/>
        <source>Today and the next %1 days</source>
        <translation>Bu gün və növbəti %1 gün</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="304"/>
        <source>No events planned for the next two weeks. Press New event to plan one.</source>
        <translation>Növbəti iki həftə üçün planlaşdırılmış tədbir yoxdur. Planlaşdırmaq üçün Yeni tədbir düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="305"/>
        <source>Stock running low</source>
        <translation>Azalan ehtiyat</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="306"/>
        <source>Sync</source>
        <translation>Sinxronlaşdırma</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="307"/>
        <source>Open S&amp;ync</source>
        <translation>Sinxronlaşdırmanı &amp;aç</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="318"/>
        <source>Hello, %1</source>
        <translation>Salam, %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="326"/>
        <source>not chosen yet (Settings)</source>
        <translation>hələ seçilməyib (Tənzimləmələr)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="328"/>
        <source>%1 · Home location: %2</source>
        <translation>%1 · Əsas məkan: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="332"/>
        <source>This month: %1 event(s), %2 item(s) handed out · %3 people on record · %4 material(s)</source>
        <translation>Bu ay: %1 tədbir, %2 ədəd paylanıb · qeydiyyatda %3 nəfər · %4 material</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="339"/>
        <source>Nothing below %1 at your locations.</source>
        <translation>Məkanlarınızda %1 həddindən aşağı qalan material yoxdur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="352"/>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="354"/>
        <source>Changes waiting to be sent: %1</source>
        <translation>Göndərilməyi gözləyən dəyişikliklər: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="355"/>
        <source>Last export: %1</source>
        <translation>Son ixrac: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="356"/>
        <source>Last import: %1</source>
        <translation>Son idxal: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="362"/>
        <source>%1 gap(s): a bundle is missing. Ask for it again.</source>
        <translation>Boşluqlar: %1. Paket çatışmır, onu yenidən istəyin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="368"/>
        <source>%1 file(s) wait until you approve their laptop.</source>
        <translation>%1 fayl noutbukun təsdiqini gözləyir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="110"/>
        <source>Today (until %1)</source>
        <translation>Bu gün (%1 tarixinədək)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="111"/>
        <source>Today</source>
        <translation>Bu gün</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/home_page.py" line="113"/>
        <source>Tomorrow</source>
        <translation>Sabah</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="63"/>
        <source>Automatic sync</source>
        <translation>Avtomatik sinxronlaşdırma</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="64"/>
        <source>Hub:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="65"/>
        <source>Shared folder:</source>
        <translation>Ortaq qovluq:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="66"/>
        <source>Sync &amp;now</source>
        <translation>İndi si&amp;nxronlaşdır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="71"/>
        <source>No round yet.</source>
        <translation>Hələ sinxronlaşdırılmayıb.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="73"/>
        <source>succeeded.</source>
        <translation>uğurlu oldu.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="76"/>
        <source>%1 changes sent, %2 received.</source>
        <translation>%1 dəyişiklik göndərildi, %2 alındı.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="80"/>
        <source>Nothing new either way.</source>
        <translation>Hər iki tərəfdə yenilik yoxdur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="85"/>
        <source>Last round %1: %2</source>
        <translation>Son sinxronlaşdırma %1: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="97"/>
        <source>None: load the hub&apos;s enrolment file in Settings (Device and coordinator).</source>
        <translation>Yoxdur: serverin qoşulma faylını Tənzimləmələrdə yükləyin (Cihaz və koordinator).</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_hub_panel.py" line="101"/>
        <source>None: choose one in Settings (Device and coordinator).</source>
        <translation>Yoxdur: Tənzimləmələrdə seçin (Cihaz və koordinator).</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="102"/>
        <source>This device</source>
        <translation>Bu cihaz</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="104"/>
        <source>Device id</source>
        <translation>Cihaz ID-si</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="104"/>
        <source>Key fingerprint</source>
        <translation>Açar barmaq izi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="107"/>
        <location filename="../fieldkit/ui/settings_data.py" line="112"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="107"/>
        <source>Its key fingerprint</source>
        <translation>Onun açar barmaq izi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="107"/>
        <source>Hub address</source>
        <translation>Server ünvanı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="113"/>
        <source>A coordinator compares this before approving this laptop.</source>
        <translation>Koordinator bu noutbuku təsdiqləməzdən əvvəl bunu tutuşdurur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="114"/>
        <source>Take a &amp;new device identity…</source>
        <translation>Yeni cihaz &amp;identifikatoru al…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="134"/>
        <source>Recording is paused: %1</source>
        <translation>Qeydiyyat dayandırılıb: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="141"/>
        <source>This is a coordinator: laptops enrol with it. Write an enrolment file with &apos;fieldkit enroll --out FILE&apos; and hand it over in person.</source>
        <translation>Bu, koordinatordur: noutbuklar ona qoşulur. Qoşulma faylını &apos;fieldkit enroll --out FILE&apos; əmri ilə yaradın və şəxsən təhvil verin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="146"/>
        <source>This laptop is enrolled: its bundles are encrypted to this key.</source>
        <translation>Bu noutbuk qoşulub: paketləri bu açarla şifrələnir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="150"/>
        <source>This laptop is not enrolled with a coordinator, so its bundles are not encrypted and wait for approval. Load the enrolment file your coordinator gave you.</source>
        <translation>Bu noutbuk koordinatora qoşulmayıb, ona görə paketləri şifrələnmir və təsdiq gözləyir. Koordinatorunuzun verdiyi qoşulma faylını yükləyin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="157"/>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="162"/>
        <source>Load another &amp;enrolment file…</source>
        <translation>Başqa qoşulma &amp;faylı yüklə…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="162"/>
        <source>Load an &amp;enrolment file…</source>
        <translation>Qoşulma &amp;faylını yüklə…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="167"/>
        <source>Enrolment file</source>
        <translation>Qoşulma faylı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="167"/>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>Qoşulma faylları (*.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="181"/>
        <source>Enrolled with %1. Check its key fingerprint with your coordinator: %2</source>
        <translation>Qoşuldu: %1. Açar barmaq izini koordinatorunuzla yoxlayın: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="193"/>
        <location filename="../fieldkit/ui/settings_data.py" line="204"/>
        <source>New device identity</source>
        <translation>Yeni cihaz identifikatoru</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_data.py" line="195"/>
        <source>This store was copied or restored. Give it a new device identity so its new records cannot collide with the original&apos;s? All records are kept.</source>
        <translation>Bu baza köçürülüb və ya bərpa edilib. Yeni qeydləri orijinalın qeydləri ilə toqquşmasın deyə ona yeni cihaz identifikatoru verilsin? Bütün qeydlər saxlanılır.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="42"/>
        <source>Prevention</source>
        <translation>Qarşısının alınması</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="43"/>
        <source>Protection</source>
        <translation>Müdafiə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="44"/>
        <source>Prosecution</source>
        <translation>Cinayət təqibi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="45"/>
        <source>Partnership</source>
        <translation>Tərəfdaşlıq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="48"/>
        <location filename="../fieldkit/ui/participants_model.py" line="62"/>
        <source>Female</source>
        <translation>Qadın</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="49"/>
        <location filename="../fieldkit/ui/participants_model.py" line="63"/>
        <source>Male</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="50"/>
        <location filename="../fieldkit/ui/labels.py" line="20"/>
        <location filename="../fieldkit/ui/participants_model.py" line="64"/>
        <location filename="../fieldkit/ui/stock_models.py" line="36"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="51"/>
        <location filename="../fieldkit/ui/participants_model.py" line="65"/>
        <source>Not said</source>
        <translation>Bildirilməyib</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="54"/>
        <location filename="../fieldkit/ui/participants_model.py" line="71"/>
        <source>Under 18</source>
        <translation>18 yaşadək</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="59"/>
        <location filename="../fieldkit/ui/participants_model.py" line="76"/>
        <source>Age not known</source>
        <translation>Yaşı məlum deyil</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="62"/>
        <source>Azerbaijani</source>
        <translation>Azərbaycanca</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="63"/>
        <source>English</source>
        <translation>İngiliscə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="64"/>
        <source>Russian</source>
        <translation>Rusca</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="67"/>
        <location filename="../fieldkit/ui/participants_model.py" line="82"/>
        <source>Participant</source>
        <translation>İştirakçı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="68"/>
        <location filename="../fieldkit/ui/participants_model.py" line="83"/>
        <source>Facilitator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="69"/>
        <location filename="../fieldkit/ui/participants_model.py" line="84"/>
        <source>Speaker</source>
        <translation>Məruzəçi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/events_table.py" line="70"/>
        <location filename="../fieldkit/ui/participants_model.py" line="85"/>
        <source>Organiser</source>
        <translation>Təşkilatçı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="10"/>
        <source>Regional officer</source>
        <translation>Regional əməkdaş</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="11"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="14"/>
        <source>Round-table</source>
        <translation>Dəyirmi masa</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="15"/>
        <source>Workshop</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="16"/>
        <source>Training</source>
        <translation>Təlim</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="17"/>
        <source>Awareness session</source>
        <translation>Maarifləndirmə görüşü</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="18"/>
        <source>Campaign activity</source>
        <translation>Kampaniya tədbiri</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="19"/>
        <source>Screening</source>
        <translation>Film nümayişi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="23"/>
        <source>Planned</source>
        <translation>Planlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="24"/>
        <source>Held</source>
        <translation>Keçirilib</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="25"/>
        <source>Cancelled</source>
        <translation>Ləğv edilib</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="29"/>
        <source>A4 tri-fold brochure</source>
        <translation>A4 üçqatlı buklet</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="30"/>
        <source>A5 leaflet</source>
        <translation>A5 vərəqə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="31"/>
        <source>A6 pocket card</source>
        <translation>A6 cib kartı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="32"/>
        <source>A3 poster</source>
        <translation>A3 plakat</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="33"/>
        <source>A2 poster</source>
        <translation>A2 plakat</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/labels.py" line="34"/>
        <source>Sign-in sheet</source>
        <translation>Qeydiyyat vərəqi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="31"/>
        <source>Brochure</source>
        <translation>Buklet</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="32"/>
        <source>Leaflet</source>
        <translation>Vərəqə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="33"/>
        <source>Poster</source>
        <translation>Plakat</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="34"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="35"/>
        <source>Article</source>
        <translation>Məqalə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="42"/>
        <source>Receipt</source>
        <translation>Mədaxil</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="43"/>
        <source>Print run</source>
        <translation>Çap tirajı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="44"/>
        <source>Transfer in</source>
        <translation>Köçürmə (giriş)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="45"/>
        <source>Handout</source>
        <translation>Paylanma</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="46"/>
        <source>Transfer out</source>
        <translation>Köçürmə (çıxış)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="47"/>
        <source>Write-off</source>
        <translation>Silinmə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="48"/>
        <source>Adjustment</source>
        <translation>Düzəliş</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="41"/>
        <source>District or city</source>
        <translation>Rayon və ya şəhər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="42"/>
        <source>Border crossing</source>
        <translation>Sərhəd-keçid məntəqəsi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="43"/>
        <source>Airport</source>
        <translation>Hava limanı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="44"/>
        <source>Metro station</source>
        <translation>Metro stansiyası</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="45"/>
        <source>School</source>
        <translation>Məktəb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="46"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="47"/>
        <source>Venue</source>
        <translation>Tədbir məkanı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="48"/>
        <source>Other place</source>
        <translation>Digər yer</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="83"/>
        <source>Welcome to Field Kit</source>
        <translation>Field Kit-ə xoş gəlmisiniz</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="84"/>
        <source>A few questions set up this laptop. Nothing is saved until you press Finish.</source>
        <translation>Bir neçə sual bu noutbuku quraşdırır. Bitir düyməsini basana qədər heç nə yadda saxlanılmır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="85"/>
        <source>Choose the language of the application. You can change it later in Settings.</source>
        <translation>Proqramın dilini seçin. Onu sonra Tənzimləmələrdə dəyişə bilərsiniz.</translation>
    </message>
</context>
<context>
    <name>LeafletsPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/leaflets_page.py" line="30"/>
        <source>Leaflets</source>
        <translation>Vərəqələr</translation>
    </message>
</context>
<context>
    <name>LeafletsPanel</name>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="78"/>
        <source>Azerbaijani</source>
        <translation>Azərbaycanca</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="78"/>
        <source>English</source>
        <translation>İngiliscə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="78"/>
        <source>Russian</source>
        <translation>Rusca</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="86"/>
        <source>Automatic</source>
        <translation>Avtomatik</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="87"/>
        <source>Side by side</source>
        <translation>Yan-yana</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="88"/>
        <source>Stacked</source>
        <translation>Alt-alta</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="95"/>
        <source>I have checked this number: it reaches the helpline</source>
        <translation>Bu nömrəni yoxlamışam: qaynar xəttə çatır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="102"/>
        <source>Print-shop PDF (3 mm bleed, crop marks, CMYK)</source>
        <translation>Mətbəə üçün PDF (3 mm kənar, kəsim nişanları, CMYK)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="105"/>
        <source>Optional: one personalised line per copy, e.g. Distributed at Qırmızı Körpü</source>
        <translation>İstəyə görə: hər nüsxəyə bir fərdi sətir, məs. Qırmızı Körpüdə paylanıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="110"/>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="111"/>
        <source>Languages</source>
        <translation>Dillər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="112"/>
        <source>Bilingual layout</source>
        <translation>İkidilli tərtibat</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="113"/>
        <source>Helpline</source>
        <translation>Qaynar xətt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="116"/>
        <source>The event printed on a sign-in sheet, and recorded with the print run</source>
        <translation>Qeydiyyat vərəqində çap olunan və çap tirajı ilə qeyd edilən tədbir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="117"/>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="118"/>
        <source>Personalised lines</source>
        <translation>Fərdi sətirlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="119"/>
        <source>Material printed</source>
        <translation>Çap olunan material</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="120"/>
        <source>Recorded at</source>
        <translation>Qeyd olunduğu yer</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="121"/>
        <source>Copies</source>
        <translation>Nüsxə sayı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="124"/>
        <source>Preview</source>
        <translation>Önbaxış</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="126"/>
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="128"/>
        <source>Save as PDF…</source>
        <translation>PDF kimi saxla…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="130"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="168"/>
        <source>(do not record a print run)</source>
        <translation>(çap tirajını qeyd etmə)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="179"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="192"/>
        <source>No helpline is set up. Add one in Settings first.</source>
        <translation>Qaynar xətt təyin edilməyib. Əvvəlcə Tənzimləmələrdə əlavə edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="194"/>
        <source>This number has never been verified.</source>
        <translation>Bu nömrə heç vaxt yoxlanılmayıb.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="197"/>
        <source>Verified on %1 by %2</source>
        <translation>Yoxlanılıb: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="233"/>
        <source>Choose a helpline and at least one language.</source>
        <translation>Qaynar xətt və ən azı bir dil seçin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="254"/>
        <source>Rendering…</source>
        <translation>Hazırlanır…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="262"/>
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="273"/>
        <source>%1 page(s), %2 item(s).</source>
        <translation>%1 səhifə, %2 ədəd.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="278"/>
        <source>Print on both sides, flipping on the short edge.</source>
        <translation>Hər iki tərəfə çap edin, qısa kənar üzrə çevirərək.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="280"/>
        <source>Print on both sides, flipping on the long edge.</source>
        <translation>Hər iki tərəfə çap edin, uzun kənar üzrə çevirərək.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="298"/>
        <source>Save as PDF</source>
        <translation>PDF kimi saxla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="298"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="304"/>
        <source>Could not save</source>
        <translation>Yadda saxlamaq alınmadı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="306"/>
        <source>Saved %1</source>
        <translation>Saxlanıldı: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="337"/>
        <source>Printing failed or was cancelled; no print run was recorded.</source>
        <translation>Çap alınmadı və ya ləğv edildi; çap tirajı qeyd edilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="378"/>
        <source>Printed, but no location is chosen, so no print run was recorded.</source>
        <translation>Çap edildi, lakin məkan seçilmədiyi üçün çap tirajı qeyd edilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="387"/>
        <source>printed from the app</source>
        <translation>proqramdan çap edilib</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/leaflets_panel.py" line="392"/>
        <source>Printed. Print run recorded: %1.</source>
        <translation>Çap edildi. Çap tirajı qeyd olundu: %1.</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="225"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="225"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="225"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="225"/>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="225"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="226"/>
        <source>Forced because</source>
        <translation>Məcburi, səbəb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="226"/>
        <location filename="../fieldkit/ui/stock_models.py" line="269"/>
        <source>Voided</source>
        <translation>Ləğv edilib</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="186"/>
        <source>Region and home location</source>
        <translation>Region və əsas məkan</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="187"/>
        <source>Where this laptop is based: its stock is kept there and its events are held nearby.</source>
        <translation>Noutbukun yerləşdiyi yer: ehtiyatı orada saxlanılır, tədbirləri isə yaxınlıqda keçirilir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="188"/>
        <source>Choose your economic region, then find your district, border crossing or office.</source>
        <translation>İqtisadi rayonunuzu seçin, sonra rayonunuzu, sərhəd-keçid məntəqənizi və ya ofisinizi tapın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="189"/>
        <source>&amp;Economic region</source>
        <translation>İqtisadi &amp;rayon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="190"/>
        <source>&amp;Find a place</source>
        <translation>Yer &amp;tap</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="191"/>
        <source>Type part of a name, e.g. Qazax or Qirmizi</source>
        <translation>Adın bir hissəsini yazın, məs. Qazax və ya Qirmizi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="192"/>
        <source>Places whose region is not recorded are listed under every region.</source>
        <translation>Regionu qeyd olunmayan yerlər hər regionda göstərilir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard_location.py" line="207"/>
        <source>(all regions)</source>
        <translation>(bütün regionlar)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../fieldkit/ui/autolock.py" line="83"/>
        <source>Field Kit is locked</source>
        <translation>Field Kit kilidlənib</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="149"/>
        <source>Field Kit</source>
        <translation>Field Kit</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="150"/>
        <source>Take a new device identity</source>
        <translation>Yeni cihaz identifikatoru al</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="156"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="191"/>
        <location filename="../fieldkit/ui/main_window.py" line="303"/>
        <source>Field Kit cannot open its store</source>
        <translation>Field Kit bazanı aça bilmir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="201"/>
        <source>Not set up yet</source>
        <translation>Hələ quraşdırılmayıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="363"/>
        <source>Recording is paused: %1</source>
        <translation>Qeydiyyat dayandırılıb: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="378"/>
        <source>● Online</source>
        <translation>● Onlayn</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="379"/>
        <source>○ Offline</source>
        <translation>○ Oflayn</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="380"/>
        <source>Network: unknown</source>
        <translation>Şəbəkə: naməlum</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="384"/>
        <source>Field Kit works offline. Bundles can always travel by USB stick or shared folder.</source>
        <translation>Field Kit oflayn işləyir. Paketləri həmişə USB yaddaş və ya ümumi qovluq ilə ötürmək olar.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="402"/>
        <source>Sync state unavailable</source>
        <translation>Sinxronlaşdırma vəziyyəti məlum deyil</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="405"/>
        <source>Waiting to sync: %1 changes</source>
        <translation>Sinxronlaşdırma gözləyir: %1 dəyişiklik</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="412"/>
        <source>Last sync: %1</source>
        <translation>Son sinxronlaşdırma: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="414"/>
        <source>Never synced</source>
        <translation>Sinxronlaşdırılmayıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="425"/>
        <source>New device identity</source>
        <translation>Yeni cihaz identifikatoru</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/main_window.py" line="427"/>
        <source>This store was copied or restored. Give it a new device identity so its new records cannot collide with the original&apos;s? All records are kept.</source>
        <translation>Bu baza köçürülüb və ya bərpa edilib. Yeni qeydləri orijinalın qeydləri ilə toqquşmasın deyə ona yeni cihaz identifikatoru verilsin? Bütün qeydlər saxlanılır.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="104"/>
        <source>New material</source>
        <translation>Yeni material</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="104"/>
        <source>Edit material</source>
        <translation>Materialı redaktə et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="105"/>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="106"/>
        <source>e.g. LF-2026-01</source>
        <translation>məs. LF-2026-01</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="107"/>
        <source>&amp;Kind</source>
        <translation>&amp;Növ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="110"/>
        <source>Title (&amp;Azerbaijani)</source>
        <translation>Başlıq (&amp;azərbaycanca)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="111"/>
        <source>Title (&amp;English)</source>
        <translation>Başlıq (&amp;ingiliscə)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="112"/>
        <source>Title (&amp;Russian)</source>
        <translation>Başlıq (&amp;rusca)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="113"/>
        <source>&amp;Version</source>
        <translation>&amp;Versiya</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="114"/>
        <source>Languages printed</source>
        <translation>Çap dilləri</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="115"/>
        <source>Azerbaijani</source>
        <translation>Azərbaycanca</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="116"/>
        <source>English</source>
        <translation>İngiliscə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="117"/>
        <source>Russian</source>
        <translation>Rusca</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="118"/>
        <source>Acti&amp;ve (offered for handouts and in tally mode)</source>
        <translation>Ak&amp;tiv (paylanmada və sayğac rejimində təklif olunur)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="119"/>
        <source>&amp;Save</source>
        <translation>Yadda &amp;saxla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/material_dialog.py" line="120"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="119"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="119"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="119"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="119"/>
        <source>Languages</source>
        <translation>Dillər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="119"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="120"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="146"/>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_models.py" line="146"/>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="109"/>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="110"/>
        <source>The name this laptop goes by.</source>
        <translation>Bu noutbukun adı.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="113"/>
        <source>Your coordinator sees this name on everything this laptop sends, and it is recorded as the person who verified the helpline. Use your own name or the laptop&apos;s, e.g. Qazax-2.</source>
        <translation>Koordinatorunuz bu adı noutbukun göndərdiyi hər şeydə görür; qaynar xətti yoxlayan şəxs kimi də bu ad qeyd olunur. Öz adınızı və ya noutbukun adını yazın, məs. Qazax-2.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="117"/>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="118"/>
        <source>e.g. Aysel Məmmədova or Qazax-2</source>
        <translation>məs. Aysel Məmmədova və ya Qazax-2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="122"/>
        <source>Type a name: blank spaces are not one.</source>
        <translation>Ad yazın: boşluqlar ad deyil.</translation>
    </message>
</context>
<context>
    <name>NewParticipantForm</name>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="88"/>
        <source>&lt;b&gt;New participant&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yeni iştirakçı&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="90"/>
        <source>Na&amp;me</source>
        <translation>A&amp;d</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="91"/>
        <source>&amp;Sex</source>
        <translation>&amp;Cins</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="92"/>
        <source>Age &amp;band</source>
        <translation>&amp;Yaş qrupu</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="93"/>
        <source>Agenc&amp;y</source>
        <translation>Q&amp;urum</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="94"/>
        <source>Pos&amp;ition</source>
        <translation>Və&amp;zifə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="95"/>
        <source>Ph&amp;one</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="96"/>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="100"/>
        <source>Choose…</source>
        <translation>Seçin…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="101"/>
        <source>The person &amp;agrees to this (read it to them):</source>
        <translation>Şəxs bununla &amp;razıdır (ona oxuyun):</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="102"/>
        <source>Sa&amp;ve and check in</source>
        <translation>Yadda saxla və &amp;qeydiyyata al</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="103"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="114"/>
        <location filename="../fieldkit/ui/new_participant_form.py" line="118"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="140"/>
        <source>Consent text version %1</source>
        <translation>Razılıq mətninin versiyası: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/new_participant_form.py" line="162"/>
        <source>Choose the person&apos;s sex: the reports count people by sex.</source>
        <translation>Şəxsin cinsini seçin: hesabatlar şəxsləri cinsə görə sayır.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="94"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="95"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="96"/>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="97"/>
        <source>Agency</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="98"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="99"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="100"/>
        <source>Consent</source>
        <translation>Razılıq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="101"/>
        <source>Events</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="321"/>
        <source>Events attended</source>
        <translation>İştirak etdiyi tədbirlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="361"/>
        <source>No consent recorded. Names and contacts are kept only with the person&apos;s consent: record their consent, or delete them and count them in the event&apos;s headcount instead.</source>
        <translation>Razılıq qeyd edilməyib. Ad və əlaqə məlumatları yalnız şəxsin razılığı ilə saxlanılır: razılığı qeyd edin və ya şəxsi silib əvəzində tədbirin sayında nəzərə alın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="382"/>
        <source>withheld</source>
        <translation>gizlədilib</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/participants_model.py" line="383"/>
        <source>No consent</source>
        <translation>Razılıq yoxdur</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="93"/>
        <source>Searching…</source>
        <translation>Axtarılır…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="164"/>
        <source>People</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="176"/>
        <source>&amp;New person…</source>
        <translation>&amp;Yeni iştirakçı…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="177"/>
        <source>Find d&amp;uplicates…</source>
        <translation>Təkrarları t&amp;ap…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="178"/>
        <source>The same person registered twice, e.g. on two laptops</source>
        <translation>İki dəfə əlavə edilmiş eyni şəxs, məs. iki noutbukda</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="179"/>
        <source>Record a person who consented (Ctrl+N)</source>
        <translation>Razılıq vermiş şəxsi əlavə edin (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="220"/>
        <source>%1+ people; scroll for more</source>
        <translation>%1+ nəfər; daha çoxu üçün sürüşdürün</translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/pages/people_page.py" line="222"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n nəfər</numerusform>
            <numerusform>%n nəfər</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fieldkit/ui/pages/person_detail.py" line="183"/>
        <source>E&amp;vents attended: %n</source>
        <translation>
            <numerusform>İştirak etdiyi &amp;tədbirlər: %n</numerusform>
            <numerusform>İştirak etdiyi &amp;tədbirlər: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="299"/>
        <location filename="../fieldkit/ui/pages/people_page.py" line="312"/>
        <source>Delete person</source>
        <translation>İştirakçını sil</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="301"/>
        <source>Delete the record of %1? The deletion is logged, and it reaches the coordinator with the next sync.</source>
        <translation>%1 qeydi silinsin? Silinmə jurnala yazılır və növbəti sinxronlaşdırma ilə koordinatora çatır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="332"/>
        <location filename="../fieldkit/ui/pages/people_page.py" line="346"/>
        <source>Withdraw consent</source>
        <translation>Razılığı geri götür</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_page.py" line="334"/>
        <source>%1 withdrew consent? Their name, phone, e-mail and consent record are removed, here and on every device with the next sync. This cannot be undone. Their attendance stays in the counts, without a name.</source>
        <translation>%1 razılığını geri götürdü? Onun adı, telefonu, e-poçtu və razılıq qeydi həm burada, həm də növbəti sinxronlaşdırma ilə bütün cihazlarda silinir. Bunu geri qaytarmaq olmaz. İştirakı adsız olaraq saylarda qalır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="97"/>
        <source>&amp;Find:</source>
        <translation>A&amp;xtar:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="98"/>
        <source>Name, typed any way: Əliyeva, Aliyeva, Алиева (Ctrl+F)</source>
        <translation>Ad, istənilən yazılışla: Əliyeva, Aliyeva, Алиева (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="99"/>
        <source>Region (includes its districts)</source>
        <translation>Region (rayonları daxil olmaqla)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="100"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="101"/>
        <source>Age band</source>
        <translation>Yaş qrupu</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="102"/>
        <source>C&amp;lear filters</source>
        <translation>Filtrləri sı&amp;fırla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="110"/>
        <source>All regions</source>
        <translation>Bütün regionlar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="111"/>
        <source>Any sex</source>
        <translation>İstənilən cins</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/people_filters.py" line="112"/>
        <source>Any age</source>
        <translation>İstənilən yaş</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="134"/>
        <source>Choose a person to see the events they attended. Enter or a double-click edits them.</source>
        <translation>İştirak etdiyi tədbirləri görmək üçün iştirakçını seçin. Enter və ya iki dəfə klik redaktəni açır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="141"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaktə et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="142"/>
        <source>Change the person&apos;s details (Enter, Ctrl+E)</source>
        <translation>İştirakçının məlumatlarını dəyişin (Enter, Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="143"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="144"/>
        <source>Delete this person&apos;s record (Del)</source>
        <translation>Bu iştirakçının qeydini silin (Del)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="145"/>
        <source>&amp;Withdraw consent…</source>
        <translation>Razılığı &amp;geri götür…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="147"/>
        <source>The person withdrew consent: remove their name and contacts, keep them in the counts</source>
        <translation>Şəxs razılığını geri götürdü: adını və əlaqə məlumatlarını sil, saylarda saxla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="172"/>
        <source>No consent recorded: contacts are withheld. Record consent, or delete the person.</source>
        <translation>Razılıq qeyd edilməyib: əlaqə məlumatları gizlədilib. Razılığı qeyd edin və ya iştirakçını silin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/person_detail.py" line="177"/>
        <source>Consent given on %1 (text version %2)</source>
        <translation>Razılıq verilib: %1 (mətn versiyası %2)</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="125"/>
        <source>New person</source>
        <translation>Yeni iştirakçı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="125"/>
        <source>Edit person</source>
        <translation>İştirakçını redaktə et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="127"/>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="128"/>
        <source>&amp;Sex</source>
        <translation>&amp;Cins</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="129"/>
        <source>&amp;Age band</source>
        <translation>&amp;Yaş qrupu</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="130"/>
        <source>A&amp;gency</source>
        <translation>&amp;Qurum</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="131"/>
        <source>&amp;Position</source>
        <translation>&amp;Vəzifə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="132"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="133"/>
        <source>Conse&amp;nt</source>
        <translation>Ra&amp;zılıq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="134"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="135"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-poçt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="139"/>
        <source>Gave consent on</source>
        <translation>Razılıq tarixi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="141"/>
        <source>The person agreed, on this date, that their name and contacts may be recorded</source>
        <translation>Şəxs bu tarixdə adının və əlaqə məlumatlarının qeyd edilməsinə razılıq verib</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="143"/>
        <source>Pupils and other under-18s are counted in a headcount, never by name.</source>
        <translation>Şagirdlər və 18 yaşınadək digər şəxslər adla deyil, yalnız sayla nəzərə alınır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="144"/>
        <source>+994 50 123 45 67</source>
        <translation>+994 50 123 45 67</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="154"/>
        <location filename="../fieldkit/ui/person_editor.py" line="155"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="200"/>
        <source>text version %1</source>
        <translation>mətn versiyası %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/person_editor.py" line="207"/>
        <source>Without consent no phone or e-mail is kept, and the person is flagged in the list. Count people who did not consent in the event&apos;s headcount instead.</source>
        <translation>Razılıq olmadan telefon və e-poçt saxlanılmır, şəxs isə siyahıda işarələnir. Razılıq verməyənləri tədbirin sayında nəzərə alın.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../fieldkit/ui/progress.py" line="35"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../fieldkit/app.py" line="94"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="226"/>
        <source>Record a receipt</source>
        <translation>Mədaxili qeyd et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="227"/>
        <source>&amp;Material</source>
        <translation>&amp;Material</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="228"/>
        <source>&amp;Quantity received</source>
        <translation>&amp;Alınan miqdar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="229"/>
        <source>Received &amp;at</source>
        <translation>Alındığı &amp;yer</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="230"/>
        <source>&amp;When</source>
        <translation>&amp;Vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="231"/>
        <source>&amp;Note</source>
        <translation>&amp;Qeyd</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="232"/>
        <source>Optional, e.g. delivery from the national office</source>
        <translation>İstəyə görə, məs. mərkəzi ofisdən çatdırılma</translation>
    </message>
</context>
<context>
    <name>ReferencePanel</name>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="160"/>
        <source>Places</source>
        <translation>Yerlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="161"/>
        <source>Filter places…</source>
        <translation>Yerləri süz…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="162"/>
        <source>Add a local place (a school, a venue, an office)</source>
        <translation>Yerli məkan əlavə edin (məktəb, tədbir məkanı, ofis)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="169"/>
        <source>&amp;Kind</source>
        <translation>&amp;Növ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="170"/>
        <source>&amp;Name (Azerbaijani)</source>
        <translation>&amp;Ad (azərbaycanca)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="171"/>
        <source>Name (English)</source>
        <translation>Ad (ingiliscə)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="172"/>
        <source>Name (Russian)</source>
        <translation>Ad (rusca)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="173"/>
        <source>&amp;Lies in</source>
        <translation>&amp;Harada yerləşir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="177"/>
        <source>the district or city, optional</source>
        <translation>rayon və ya şəhər, istəyə görə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="178"/>
        <source>A&amp;dd place</source>
        <translation>Yer ə&amp;lavə et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="179"/>
        <source>Helpline numbers</source>
        <translation>Qaynar xətt nömrələri</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="181"/>
        <source>Dialled the selected number and reached the helpline? Record who checked it, today:</source>
        <translation>Seçilmiş nömrəyə zəng edib qaynar xəttə çatdınız? Bu gün kimin yoxladığını qeyd edin:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="183"/>
        <source>your name</source>
        <translation>adınız</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="184"/>
        <source>Mark as &amp;verified</source>
        <translation>&amp;Yoxlanılmış kimi qeyd et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="185"/>
        <source>Add a helpline number</source>
        <translation>Qaynar xətt nömrəsi əlavə edin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="186"/>
        <source>La&amp;bel</source>
        <translation>A&amp;d</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="186"/>
        <source>N&amp;umber</source>
        <translation>Nöm&amp;rə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="188"/>
        <source>+994 12 000 00 00, or a short code</source>
        <translation>+994 12 000 00 00 və ya qısa kod</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="189"/>
        <source>Add &amp;helpline</source>
        <translation>Qaynar &amp;xətt əlavə et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="220"/>
        <source>Added %1.</source>
        <translation>Əlavə edildi: %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="242"/>
        <source>Added %1. Dial it once and mark it as verified before printing it.</source>
        <translation>Əlavə edildi: %1. Çapdan əvvəl bir dəfə zəng edin və yoxlanılmış kimi qeyd edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_reference.py" line="255"/>
        <source>%1 is marked as verified today.</source>
        <translation>%1 bu gün yoxlanılmış kimi qeyd olundu.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../fieldkit/ui/report_charts.py" line="246"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_charts.py" line="248"/>
        <source>%1 and %2 more</source>
        <translation>%1 və daha %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_charts.py" line="249"/>
        <source>Not drawn (a count under 5, or hidden so one cannot be worked out): %1</source>
        <translation>Diaqramda yoxdur (5-dən kiçik say və ya belə say hesablanmasın deyə gizlədilib): %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_charts.py" line="251"/>
        <source>%1 more not drawn; the table lists them all.</source>
        <translation>Daha %1 diaqramda yoxdur; cədvəldə hamısı var.</translation>
    </message>
</context>
<context>
    <name>ReportExports</name>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="74"/>
        <source>Small counts are shown</source>
        <translation>Kiçik saylar göstərilir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="76"/>
        <source>This export will show counts of people under 5. It is for internal use only: never send it to donors. Export anyway?</source>
        <translation>Bu ixracda 5-dən az şəxs sayları görünəcək. O, yalnız daxili istifadə üçündür: onu heç vaxt donorlara göndərməyin. Yenə də ixrac edilsin?</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="87"/>
        <source>Export XLSX</source>
        <translation>XLSX kimi ixrac</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="87"/>
        <location filename="../fieldkit/ui/report_exports.py" line="152"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="94"/>
        <source>Export CSV: choose where to put the folder of files</source>
        <translation>CSV ixracı: faylların qovluğunun yaradılacağı yeri seçin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="101"/>
        <source>Donor report (PDF)</source>
        <translation>Donor hesabatı (PDF)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="101"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="111"/>
        <source>Counting…</source>
        <translation>Hesablanır…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="111"/>
        <location filename="../fieldkit/ui/report_exports.py" line="165"/>
        <source>Writing %1…</source>
        <translation>Yazılır: %1…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="123"/>
        <source>Saved the XLSX report: %1</source>
        <translation>XLSX hesabatı saxlanıldı: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="124"/>
        <source>Saved the CSV files in the folder %1</source>
        <translation>CSV faylları qovluqda saxlanıldı: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="125"/>
        <source>Saved the donor report: %1</source>
        <translation>Donor hesabatı saxlanıldı: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="129"/>
        <source>Exporting the report</source>
        <translation>Hesabat ixrac edilir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="134"/>
        <source>Raw data for analysts</source>
        <translation>Analitiklər üçün xam məlumatlar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="136"/>
        <source>Only a coordinator can export the raw records.</source>
        <translation>Xam qeydləri yalnız koordinator ixrac edə bilər.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="142"/>
        <source>The raw export holds personal data: names, positions, and the phones and e-mails of people who consented (columns marked [personal]). It is recorded in the audit log with this device&apos;s name.

Keep the file on an encrypted drive, share it only with the analyst who needs it, and delete it when the work is done. Continue?</source>
        <translation>Xam ixracda fərdi məlumatlar var: adlar, vəzifələr, razılıq vermiş şəxslərin telefonları və e-poçtları ([personal] işarəli sütunlar). İxrac bu cihazın adı ilə audit jurnalına yazılır.

Faylı şifrələnmiş diskdə saxlayın, yalnız ona ehtiyacı olan analitiklə paylaşın və iş bitəndə silin. Davam edilsin?</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="152"/>
        <source>A folder of CSV files (*)</source>
        <translation>CSV fayllarından ibarət qovluq (*)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_exports.py" line="175"/>
        <source>Saved the raw records (personal data; recorded in the audit log): %1</source>
        <translation>Xam qeydlər saxlanıldı (fərdi məlumatlar; audit jurnalına yazıldı): %1</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="29"/>
        <source>Any time</source>
        <translation>İstənilən vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="30"/>
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="31"/>
        <source>Last month</source>
        <translation>Keçən ay</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="32"/>
        <source>This quarter</source>
        <translation>Bu rüb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="33"/>
        <source>Last quarter</source>
        <translation>Keçən rüb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="34"/>
        <source>This year</source>
        <translation>Bu il</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="35"/>
        <source>Last year</source>
        <translation>Keçən il</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="36"/>
        <source>Dates…</source>
        <translation>Tarixlər…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="117"/>
        <source>From</source>
        <translation>Başlanğıc tarixi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="118"/>
        <source>To (inclusive)</source>
        <translation>Son tarix (daxil olmaqla)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="123"/>
        <source>All places</source>
        <translation>Bütün yerlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="124"/>
        <source>A district, city or other place, and every place in it</source>
        <translation>Rayon, şəhər və ya başqa yer və onun daxilindəki bütün yerlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="126"/>
        <source>Period</source>
        <translation>Dövr</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="127"/>
        <source>Economic region</source>
        <translation>İqtisadi rayon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="128"/>
        <source>Agency of the people counted, or organiser or partner of the events</source>
        <translation>Sayılan şəxslərin qurumu və ya tədbirlərin təşkilatçısı ya tərəfdaşı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="129"/>
        <source>Event kind</source>
        <translation>Tədbir növü</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="130"/>
        <source>Pillar (4P)</source>
        <translation>İstiqamət (4P)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="131"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="132"/>
        <source>Where materials were handed out</source>
        <translation>Materialların paylandığı yer</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="136"/>
        <source>Show small counts (internal use)</source>
        <translation>Kiçik sayları göstər (daxili istifadə)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="138"/>
        <source>Counts of people from 1 to 4 are hidden (&lt;5) unless this is ticked. Never send them to donors.</source>
        <translation>Bu işarələnməyibsə, 1-dən 4-ə qədər şəxs sayları gizlədilir (&lt;5). Onları heç vaxt donorlara göndərməyin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="140"/>
        <source>C&amp;lear filters</source>
        <translation>Filtrləri sı&amp;fırla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="178"/>
        <source>All economic regions</source>
        <translation>Bütün iqtisadi rayonlar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="179"/>
        <source>All agencies</source>
        <translation>Bütün qurumlar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="180"/>
        <source>All event kinds</source>
        <translation>Bütün tədbir növləri</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="181"/>
        <source>All pillars</source>
        <translation>Bütün istiqamətlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="182"/>
        <source>All materials</source>
        <translation>Bütün materiallar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_filter_bar.py" line="185"/>
        <source>All location types</source>
        <translation>Bütün məkan növləri</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="47"/>
        <source>Events held</source>
        <translation>Keçirilmiş tədbirlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="48"/>
        <source>People trained in the prevention of human trafficking</source>
        <translation>İnsan alverinin qarşısının alınması üzrə təlim keçmiş şəxslər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="49"/>
        <source>People trained</source>
        <translation>Təlim keçmiş şəxslər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="50"/>
        <source>First responders trained on victim identification</source>
        <translation>Qurbanların müəyyənləşdirilməsi üzrə təlim keçmiş ilk təmas mütəxəssisləri</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="51"/>
        <source>First responders trained</source>
        <translation>Təlim keçmiş ilk təmas mütəxəssisləri</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="52"/>
        <source>Participants by agency and age band</source>
        <translation>Qurum və yaş qrupuna görə iştirakçılar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="53"/>
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="54"/>
        <source>People reached directly and indirectly</source>
        <translation>Birbaşa və dolayı əhatə olunan şəxslər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="55"/>
        <source>Reached directly (people)</source>
        <translation>Birbaşa əhatə (nəfər)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="56"/>
        <source>Reached indirectly (items handed out)</source>
        <translation>Dolayı əhatə (paylanmış ədəd)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="57"/>
        <source>Materials distributed</source>
        <translation>Paylanmış materiallar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="58"/>
        <source>Items handed out</source>
        <translation>Paylanmış ədəd</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="59"/>
        <source>Stock on hand</source>
        <translation>Mövcud ehtiyat</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="60"/>
        <source>Items in stock</source>
        <translation>Ehtiyatdakı ədəd</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="61"/>
        <source>Print runs</source>
        <translation>Çap tirajları</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="62"/>
        <source>Copies printed</source>
        <translation>Çap olunmuş nüsxə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="63"/>
        <source>Pre/post awareness scores</source>
        <translation>Məlumatlılıq testləri (əvvəl/sonra)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="65"/>
        <source>By kind</source>
        <translation>Növə görə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="66"/>
        <source>By pillar (4P)</source>
        <translation>İstiqamətə görə (4P)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="67"/>
        <source>By economic region</source>
        <translation>İqtisadi rayona görə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="68"/>
        <source>By month</source>
        <translation>Aylara görə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="69"/>
        <source>By month, kind, pillar and economic region</source>
        <translation>Ay, növ, istiqamət və iqtisadi rayona görə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="70"/>
        <source>By sex</source>
        <translation>Cinsə görə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="71"/>
        <source>By agency and sex</source>
        <translation>Qurum və cinsə görə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="72"/>
        <source>By agency and age band</source>
        <translation>Qurum və yaş qrupuna görə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="73"/>
        <source>Direct and indirect reach</source>
        <translation>Birbaşa və dolayı əhatə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="74"/>
        <source>By material</source>
        <translation>Materiala görə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="75"/>
        <source>By location type</source>
        <translation>Məkan növünə görə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="76"/>
        <source>By material, location type and economic region, per month</source>
        <translation>Material, məkan növü və iqtisadi rayona görə, aylar üzrə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="77"/>
        <source>By material and place</source>
        <translation>Material və yerə görə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="78"/>
        <source>Scores by event and sex</source>
        <translation>Tədbir və cinsə görə nəticələr</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="80"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="81"/>
        <source>Events</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="82"/>
        <source>Pillar</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="83"/>
        <source>Economic region</source>
        <translation>İqtisadi rayon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="84"/>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="85"/>
        <source>Counted as</source>
        <translation>Necə sayılıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="86"/>
        <source>Agency</source>
        <translation>Qurum</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="87"/>
        <source>Reach</source>
        <translation>Əhatə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="88"/>
        <source>Count</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="89"/>
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="90"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="91"/>
        <source>Pre-test % aware</source>
        <translation>İlkin test: məlumatlı, %</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="92"/>
        <source>Post-test % aware</source>
        <translation>Yekun test: məlumatlı, %</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="93"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="94"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="95"/>
        <source>Items</source>
        <translation>Ədəd</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="96"/>
        <source>Location type</source>
        <translation>Məkan növü</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="97"/>
        <source>Places with stock</source>
        <translation>Ehtiyatı olan yerlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="98"/>
        <source>On hand</source>
        <translation>Mövcud</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="99"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="100"/>
        <source>Runs</source>
        <translation>Tiraj sayı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="101"/>
        <source>Copies</source>
        <translation>Nüsxə sayı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="102"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="104"/>
        <source>Named participants (each counted once)</source>
        <translation>Adla qeyd olunan iştirakçılar (hər biri bir dəfə sayılır)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="105"/>
        <source>Headcounts (no names; cannot be de-duplicated)</source>
        <translation>Saylar (adsız; təkrarları çıxarmaq olmur)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="106"/>
        <source>Directly: people at held events</source>
        <translation>Birbaşa: keçirilmiş tədbirlərdəki şəxslər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="107"/>
        <source>Indirectly: materials handed out (items)</source>
        <translation>Dolayı: paylanmış materiallar (ədəd)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="108"/>
        <source>Round-table</source>
        <translation>Dəyirmi masa</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="109"/>
        <source>Workshop</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="110"/>
        <source>Training</source>
        <translation>Təlim</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="111"/>
        <source>Awareness session</source>
        <translation>Maarifləndirmə görüşü</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="112"/>
        <source>Campaign activity</source>
        <translation>Kampaniya tədbiri</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="113"/>
        <source>Screening</source>
        <translation>Film nümayişi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="114"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="115"/>
        <source>Prevention</source>
        <translation>Qarşısının alınması</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="116"/>
        <source>Protection</source>
        <translation>Müdafiə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="117"/>
        <source>Prosecution</source>
        <translation>Cinayət təqibi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="118"/>
        <source>Partnership</source>
        <translation>Tərəfdaşlıq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="119"/>
        <source>(no pillar)</source>
        <translation>(istiqamətsiz)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="120"/>
        <source>Female</source>
        <translation>Qadın</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="121"/>
        <source>Male</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="122"/>
        <source>Undisclosed</source>
        <translation>Bildirilməyib</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="123"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="124"/>
        <source>Border crossing</source>
        <translation>Sərhəd-keçid məntəqəsi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="125"/>
        <source>Airport</source>
        <translation>Hava limanı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="126"/>
        <source>Metro station</source>
        <translation>Metro stansiyası</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="127"/>
        <source>School</source>
        <translation>Məktəb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="128"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="129"/>
        <source>Venue</source>
        <translation>Tədbir məkanı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="130"/>
        <source>(unknown)</source>
        <translation>(naməlum)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="131"/>
        <source>(no economic region)</source>
        <translation>(iqtisadi rayonsuz)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="132"/>
        <source>(no agency)</source>
        <translation>(qurumsuz)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="133"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="134"/>
        <source>(unknown place)</source>
        <translation>(naməlum yer)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="136"/>
        <source>Headcounts carry no agency, so they are left out under an agency filter.</source>
        <translation>Saylarda qurum göstərilmir, ona görə qurum filtri seçiləndə onlar nəzərə alınmır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="137"/>
        <source>Not recorded yet: Field Kit has no place to record test scores, so there is nothing to report.</source>
        <translation>Hələ qeyd edilmir: Field Kit-də test nəticələrini qeyd etmək üçün yer yoxdur, ona görə hesabatda göstəriləsi heç nə yoxdur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="142"/>
        <source>agency</source>
        <translation>qurum</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="143"/>
        <source>material</source>
        <translation>material</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="144"/>
        <source>event kind</source>
        <translation>tədbir növü</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="145"/>
        <source>pillar</source>
        <translation>istiqamət</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="146"/>
        <source>start of the period</source>
        <translation>dövrün başlanğıcı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="147"/>
        <source>location type</source>
        <translation>məkan növü</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="177"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="177"/>
        <source>Filters not applied to this indicator: %1.</source>
        <translation>Bu göstəriciyə tətbiq edilməyən filtrlər: %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="201"/>
        <source>A count from 1 to 4, not shown so that no one can be picked out</source>
        <translation>1-dən 4-ə qədər say; heç kim tanınmasın deyə göstərilmir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/report_models.py" line="203"/>
        <source>Not shown, so that a count under 5 cannot be worked out from the totals</source>
        <translation>Cəmlərdən 5-dən kiçik say hesablanmasın deyə göstərilmir</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="183"/>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="311"/>
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="187"/>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Bölgü:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="188"/>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX kimi ixrac et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="189"/>
        <source>Every indicator on its own sheet, with the filters and the date</source>
        <translation>Hər göstərici ayrıca vərəqdə, filtrlər və tarixlə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="190"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV kimi ixrac et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="191"/>
        <source>A folder with one CSV file per table</source>
        <translation>Hər cədvəl üçün ayrıca CSV faylı olan qovluq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="192"/>
        <source>&amp;Donor report (PDF)…</source>
        <translation>&amp;Donor hesabatı (PDF)…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="193"/>
        <source>Tables and charts of every indicator, without personal data</source>
        <translation>Bütün göstəricilərin cədvəl və diaqramları, fərdi məlumatlar olmadan</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="194"/>
        <source>&amp;Raw data for analysts…</source>
        <translation>&amp;Analitiklər üçün xam məlumatlar…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="195"/>
        <source>The records behind the report, with personal data; the export is logged</source>
        <translation>Hesabatın əsasındakı qeydlər, fərdi məlumatlarla; ixrac audit jurnalına yazılır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="253"/>
        <source>The period ends before it starts.</source>
        <translation>Dövr başlamazdan əvvəl bitir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="259"/>
        <source>Counting…</source>
        <translation>Hesablanır…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="270"/>
        <source>Counting the indicators</source>
        <translation>Göstəricilər hesablanır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="312"/>
        <source>Counting starts when the screen opens.</source>
        <translation>Hesablama ekran açılanda başlayır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="327"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="363"/>
        <source>Small counts are shown. For internal use only: do not send these figures to donors.</source>
        <translation>Kiçik saylar göstərilir. Yalnız daxili istifadə üçün: bu rəqəmləri donorlara göndərməyin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/reports_page.py" line="370"/>
        <source>Small-cell suppression: &lt;5 stands for a count from 1 to 4, and x for a count hidden so that a &lt;5 cannot be worked out from the totals.</source>
        <translation>Kiçik sayların gizlədilməsi: &lt;5 — 1-dən 4-ə qədər say, x — cəmlərdən &lt;5 hesablanmasın deyə gizlədilmiş say.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="52"/>
        <source>Plans and records events, attendance and handouts, prints leaflets, and sends them to the coordinator.</source>
        <translation>Tədbirləri, iştirakı və paylanmaları planlaşdırır və qeyd edir, vərəqələri çap edir və bunları koordinatora göndərir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="56"/>
        <source>Imports the laptops&apos; files, publishes materials, texts and helplines, and writes donor reports.</source>
        <translation>Noutbukların fayllarını idxal edir, materialları, mətnləri və qaynar xətləri dərc edir, donor hesabatlarını hazırlayır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="152"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="153"/>
        <source>What this laptop is used for.</source>
        <translation>Bu noutbuk nə üçün istifadə olunur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="154"/>
        <source>Most laptops are a regional officer&apos;s. There are only a few coordinators.</source>
        <translation>Noutbukların çoxu regional əməkdaşlarındır. Koordinatorlar cəmi bir neçədir.</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="187"/>
        <source>Encrypt this store</source>
        <translation>Bu bazanı şifrələ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="188"/>
        <source>New passphrase</source>
        <translation>Yeni parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="189"/>
        <location filename="../fieldkit/ui/settings_security.py" line="221"/>
        <source>The same again</source>
        <translation>Yenidən eyni</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="192"/>
        <source>Choose a few unrelated words. A lost passphrase cannot be recovered: Field Kit shows a recovery key once, to write on paper and keep away from the laptop. Without both, nobody can open the store. Field Kit closes the store while it is encrypted and reopens it.</source>
        <translation>Bir-biri ilə əlaqəsi olmayan bir neçə söz seçin. İtirilmiş parol ifadəsi bərpa edilə bilməz: Field Kit bərpa açarını bir dəfə göstərir, onu kağıza yazıb noutbukdan uzaqda saxlayın. İkisi də olmadan bazanı heç kim aça bilməz. Şifrələnərkən Field Kit bazanı bağlayır və sonra yenidən açır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="197"/>
        <source>&amp;Encrypt this store</source>
        <translation>Bu bazanı &amp;şifrələ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="198"/>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="201"/>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Cari parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="201"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Yeni parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="201"/>
        <source>The same &amp;again</source>
        <translation>Yenidən &amp;eyni</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="205"/>
        <source>or the recovery key</source>
        <translation>və ya bərpa açarı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="206"/>
        <source>C&amp;hange passphrase</source>
        <translation>Parol ifadəsini &amp;dəyiş</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="207"/>
        <source>New reco&amp;very key</source>
        <translation>Yeni bərpa &amp;açarı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="209"/>
        <source>A new recovery key, a PIN and the keyring each ask for the current passphrase first.</source>
        <translation>Yeni bərpa açarı, PIN kod və parol anbarı əvvəlcə cari parol ifadəsini tələb edir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="211"/>
        <source>Recovery key (shown only now)</source>
        <translation>Bərpa açarı (yalnız indi göstərilir)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="214"/>
        <source>Write it on paper and keep it away from the laptop. It opens the store if the passphrase is forgotten. A lost passphrase cannot be recovered any other way.</source>
        <translation>Onu kağıza yazın və noutbukdan uzaqda saxlayın. Parol ifadəsi unudulsa, bazanı o açır. İtirilmiş parol ifadəsini başqa yolla bərpa etmək olmaz.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="218"/>
        <source>I have &amp;written it down</source>
        <translation>Yazıb saxladı&amp;m</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="219"/>
        <source>PIN for the lock screen</source>
        <translation>Kilid ekranı üçün PIN kod</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="220"/>
        <source>&amp;PIN (4 to 8 digits)</source>
        <translation>&amp;PIN kod (4–8 rəqəm)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="222"/>
        <source>&amp;Set PIN</source>
        <translation>PIN kodu &amp;təyin et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="223"/>
        <source>&amp;Remove PIN</source>
        <translation>PIN kodu &amp;sil</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="224"/>
        <source>Keyring</source>
        <translation>Parol anbarı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="225"/>
        <source>Remember the &amp;key in this computer&apos;s keyring</source>
        <translation>Açarı bu kompüterin parol an&amp;barında saxla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="237"/>
        <source>This store is encrypted: without its passphrase or recovery key, nobody can read it.</source>
        <translation>Bu baza şifrələnib: parol ifadəsi və ya bərpa açarı olmadan onu heç kim oxuya bilməz.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="239"/>
        <source>This store is not encrypted: whoever has this laptop can read the names in it.</source>
        <translation>Bu baza şifrələnməyib: bu noutbuk kimin əlinə keçsə, içindəki adları oxuya bilər.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="246"/>
        <source>A PIN unlocks the lock screen until Field Kit closes. After %1 wrong PINs, the passphrase is needed.</source>
        <translation>Field Kit bağlanana qədər PIN kod kilid ekranını açır. %1 yanlış PIN koddan sonra parol ifadəsi lazımdır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="250"/>
        <source>Set a PIN to unlock the lock screen quickly. It works until Field Kit closes and is never saved; the start always asks for the passphrase.</source>
        <translation>Kilid ekranını tez açmaq üçün PIN kod təyin edin. O, Field Kit bağlanana qədər işləyir və heç yerdə saxlanmır; başlanğıcda həmişə parol ifadəsi soruşulur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="264"/>
        <source>No keyring works on this computer (%1), so the passphrase is asked for at every start.</source>
        <translation>Bu kompüterdə heç bir parol anbarı işləmir (%1), ona görə də hər başlanğıcda parol ifadəsi soruşulur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="271"/>
        <source>Field Kit then opens without the passphrase for whoever logs in to this computer as you. The auto-lock still asks for it.</source>
        <translation>Beləliklə, bu kompüterə sizin adınızla daxil olan hər kəs üçün Field Kit parol ifadəsi olmadan açılır. Avtomatik kilid yenə də onu soruşur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="275"/>
        <source>Then Field Kit opens without the passphrase for whoever logs in to this computer as you.</source>
        <translation>Onda bu kompüterə sizin adınızla daxil olan hər kəs üçün Field Kit parol ifadəsi olmadan açılacaq.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="283"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Cari parol ifadəsi yanlışdır. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="290"/>
        <source>Type the current passphrase (or the recovery key) first.</source>
        <translation>Əvvəlcə cari parol ifadəsini (və ya bərpa açarını) yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="298"/>
        <source>Type the new passphrase twice.</source>
        <translation>Yeni parol ifadəsini iki dəfə yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="302"/>
        <source>The two new passphrases differ. Type them again.</source>
        <translation>İki yeni parol ifadəsi fərqlidir. Onları yenidən yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="311"/>
        <source>It is short: a longer one is much harder to guess for whoever finds the laptop.</source>
        <translation>O qısadır: daha uzun parol ifadəsini noutbuku tapan şəxsin təxmin etməsi xeyli çətindir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="355"/>
        <source>Encrypting the store</source>
        <translation>Baza şifrələnir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="359"/>
        <source>Cancelled; the store was not encrypted.</source>
        <translation>Ləğv edildi; baza şifrələnmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="371"/>
        <source>The store is now encrypted, and so are its backups. Field Kit asks for the passphrase at start.</source>
        <translation>Baza indi şifrələnib, ehtiyat nüsxələri də. Field Kit başlanğıcda parol ifadəsini soruşur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="392"/>
        <source>The passphrase was changed. The old one no longer opens the store; the recovery key still does.</source>
        <translation>Parol ifadəsi dəyişdirildi. Köhnəsi artıq bazanı açmır; bərpa açarı isə yenə də açır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="408"/>
        <source>A new recovery key was made; the old one no longer opens the store.</source>
        <translation>Yeni bərpa açarı yaradıldı; köhnəsi artıq bazanı açmır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="415"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN kod 4–8 rəqəmdən ibarətdir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="419"/>
        <source>The two PINs differ. Type them again.</source>
        <translation>İki PIN kod fərqlidir. Onları yenidən yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="431"/>
        <source>The PIN is set. It unlocks the lock screen until Field Kit closes.</source>
        <translation>PIN kod təyin edildi. Field Kit bağlanana qədər kilid ekranını açır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="436"/>
        <source>The PIN was removed; the lock screen asks for the passphrase.</source>
        <translation>PIN kod silindi; kilid ekranı parol ifadəsini soruşur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="455"/>
        <source>The key is kept in this computer&apos;s keyring: Field Kit opens without the passphrase.</source>
        <translation>Açar bu kompüterin parol anbarında saxlanılır: Field Kit parol ifadəsi olmadan açılır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="459"/>
        <source>The key was removed from the keyring: Field Kit asks for the passphrase at start.</source>
        <translation>Açar parol anbarından silindi: Field Kit başlanğıcda parol ifadəsini soruşur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_security.py" line="464"/>
        <source>The keyring could not be used (%1). The passphrase is still asked for at start.</source>
        <translation>Parol anbarından istifadə etmək olmadı (%1). Başlanğıcda yenə də parol ifadəsi soruşulur.</translation>
    </message>
</context>
<context>
    <name>SettingsModels</name>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="18"/>
        <source>Economic region</source>
        <translation>İqtisadi rayon</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="19"/>
        <source>District or city</source>
        <translation>Rayon və ya şəhər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="20"/>
        <source>Border crossing</source>
        <translation>Sərhəd-keçid məntəqəsi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="21"/>
        <source>Airport</source>
        <translation>Hava limanı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="22"/>
        <source>Metro station</source>
        <translation>Metro stansiyası</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="23"/>
        <source>School</source>
        <translation>Məktəb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="24"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="25"/>
        <source>Venue</source>
        <translation>Tədbir məkanı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="26"/>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="31"/>
        <source>Made by hand</source>
        <translation>Əl ilə yaradılıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="32"/>
        <source>Before a restore</source>
        <translation>Bərpadan əvvəl</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="33"/>
        <source>Before an update of Field Kit</source>
        <translation>Field Kit yenilənməzdən əvvəl</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="34"/>
        <source>Other copy</source>
        <translation>Digər nüsxə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="57"/>
        <source>Name (Azerbaijani)</source>
        <translation>Ad (azərbaycanca)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="58"/>
        <source>Name (English)</source>
        <translation>Ad (ingiliscə)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="59"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="60"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="61"/>
        <source>Checked</source>
        <translation>Yoxlanılıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="80"/>
        <source>Label</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="81"/>
        <source>Number</source>
        <translation>Nömrə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="82"/>
        <source>Verified on</source>
        <translation>Yoxlanılma tarixi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="83"/>
        <source>Verified by</source>
        <translation>Yoxlayan</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="115"/>
        <source>Made on</source>
        <translation>Yaradılma tarixi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="116"/>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="117"/>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="118"/>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="73"/>
        <source>not yet</source>
        <translation>hələ yox</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="73"/>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="92"/>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="105"/>
        <source>Nobody has dialled this number to check it yet.</source>
        <translation>Hələ heç kim bu nömrəni yoxlamaq üçün zəng etməyib.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_models.py" line="107"/>
        <source>A short code cannot be dialled from abroad.</source>
        <translation>Qısa koda xaricdən zəng etmək olmur.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="142"/>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="145"/>
        <source>Settings</source>
        <extracomment>the store file was replaced by a backup (``RestoreResult``): open ``result.paths`` again</extracomment>
        <translation>Tənzimləmələr</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="147"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="148"/>
        <source>Places and helplines</source>
        <translation>Yerlər və qaynar xətlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="149"/>
        <source>Device and coordinator</source>
        <translation>Cihaz və koordinator</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="150"/>
        <source>Data and backups</source>
        <translation>Məlumatlar və ehtiyat nüsxələr</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="151"/>
        <source>Security</source>
        <translation>Təhlükəsizlik</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="152"/>
        <source>Audit log</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="156"/>
        <source>&amp;Device name</source>
        <translation>&amp;Cihazın adı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="157"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="158"/>
        <source>&amp;Funder</source>
        <translation>&amp;Donor</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="159"/>
        <source>&amp;Language</source>
        <translation>Di&amp;l</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="160"/>
        <source>&amp;Home location</source>
        <translation>Əsas &amp;məkan</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="161"/>
        <source>Default &amp;helpline</source>
        <translation>Əsas &amp;qaynar xətt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="162"/>
        <source>Low &amp;stock below</source>
        <translation>Az ehtiyat &amp;həddi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="163"/>
        <source>&amp;Tally step</source>
        <translation>&amp;Sayğac addımı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="164"/>
        <source>Loc&amp;k after</source>
        <translation>Avtomatik &amp;kilid</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="168"/>
        <source>The name your coordinator sees on this laptop&apos;s bundles.</source>
        <translation>Koordinatorunuzun bu noutbukun paketlərində gördüyü ad.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="169"/>
        <source>printed on leaflets, e.g. the donor of the project</source>
        <translation>vərəqələrdə çap olunur, məs. layihənin donoru</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="170"/>
        <source>where this laptop usually works: type part of the name</source>
        <translation>noutbukun adətən işlədiyi yer: adın bir hissəsini yazın</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="171"/>
        <source> items</source>
        <translation> ədəd</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="172"/>
        <source>How many items one press of the tally button counts.</source>
        <translation>Sayğac düyməsinə bir basış neçə ədəd sayır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="173"/>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="174"/>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="177"/>
        <source>An encrypted store locks the window after this many minutes without use; its passphrase unlocks it. 0 never locks.</source>
        <translation>Şifrələnmiş baza bu qədər dəqiqə istifadə olunmadıqdan sonra pəncərəni kilidləyir; kilidi parol ifadəsi açır. 0 olduqda heç vaxt kilidlənmir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="181"/>
        <source>&amp;Save</source>
        <translation>&amp;Yadda saxla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="210"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="261"/>
        <source>No place called &apos;%1&apos;. Choose one from the list as you type.</source>
        <translation>&apos;%1&apos; adlı yer yoxdur. Yazarkən siyahıdan birini seçin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="287"/>
        <source>The settings could not be saved: %1</source>
        <translation>Tənzimləmələri yadda saxlamaq alınmadı: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/settings_page.py" line="291"/>
        <source>Saved.</source>
        <translation>Yadda saxlanıldı.</translation>
    </message>
</context>
<context>
    <name>StartupView</name>
    <message>
        <location filename="../fieldkit/ui/window_parts.py" line="40"/>
        <source>Events: %1   Participants: %2   Check-ins: %3   Stock movements: %4</source>
        <translation>Tədbirlər: %1   İştirakçılar: %2   Qeydiyyatlar: %3   Ehtiyat hərəkətləri: %4</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="199"/>
        <source>Materials &amp; stock</source>
        <translation>Materiallar və ehtiyat</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="202"/>
        <source>&amp;Location:</source>
        <translation>&amp;Məkan:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="205"/>
        <source>Type part of a name or code</source>
        <translation>Adın və ya kodun bir hissəsini yazın</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="206"/>
        <source>&amp;Tally mode</source>
        <translation>&amp;Sayğac rejimi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="208"/>
        <source>Big buttons for counting handouts at a border post: one click records one handout</source>
        <translation>Sərhəd məntəqəsində paylanmaları saymaq üçün böyük düymələr: bir klik bir paylanmanı qeyd edir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="210"/>
        <source>&amp;Receipt…</source>
        <translation>Mə&amp;daxil…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="211"/>
        <source>&amp;Handout…</source>
        <translation>&amp;Paylanma…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="212"/>
        <source>Trans&amp;fer…</source>
        <translation>&amp;Köçürmə…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="213"/>
        <source>&amp;Adjustment…</source>
        <translation>Dü&amp;zəliş…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="214"/>
        <source>&amp;Void movement…</source>
        <translation>Hərəkəti &amp;ləğv et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="215"/>
        <source>Undo a movement recorded by mistake; it stays in the ledger, marked</source>
        <translation>Səhvən qeyd olunmuş hərəkəti geri alın; o, jurnalda işarələnmiş qalır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="216"/>
        <source>Filter materials</source>
        <translation>Materialları süz</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="217"/>
        <source>&amp;New material…</source>
        <translation>&amp;Yeni material…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="218"/>
        <source>&amp;Edit material…</source>
        <translation>Materialı &amp;redaktə et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="219"/>
        <source>Show &amp;inactive</source>
        <translation>Qeyri-&amp;aktivləri göstər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="220"/>
        <source>Filter the catalogue</source>
        <translation>Kataloqu süz</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="221"/>
        <source>&amp;Stock here</source>
        <translation>&amp;Buradakı ehtiyat</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="222"/>
        <source>&amp;Catalogue</source>
        <translation>Ka&amp;taloq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="283"/>
        <source>Choose a location and a material to see its movements.</source>
        <translation>Hərəkətləri görmək üçün məkan və material seçin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="286"/>
        <source>Movements of %1 at %2 (newest first; voided ones in grey)</source>
        <translation>Hərəkətlər: %1, %2 (əvvəlcə yeniləri; ləğv edilənlər boz rəngdə)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="370"/>
        <source>This material cannot be edited here</source>
        <translation>Bu materialı burada redaktə etmək olmaz</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="400"/>
        <source>Saved material %1 (%2).</source>
        <translation>Material yadda saxlanıldı: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="416"/>
        <source>Voided: %1.</source>
        <translation>Ləğv edildi: %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_page.py" line="423"/>
        <source>Choose the location first: tally mode records handouts there.</source>
        <translation>Əvvəlcə məkanı seçin: sayğac rejimi paylanmaları orada qeyd edir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="35"/>
        <source>Transferred %1 %2 from %3 to %4.</source>
        <translation>Köçürüldü: %1 ədəd %2, %3 → %4.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="43"/>
        <source>Recorded: %1 of %2 %3 at %4.</source>
        <translation>Qeyd edildi: %1, %2 ədəd %3, yer: %4.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="50"/>
        <source>Recorded below zero; reason: %1</source>
        <translation>Sıfırdan aşağı qeyd edildi; səbəb: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="58"/>
        <source>%1 of %2 on %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="64"/>
        <source>Void the transfer (%1)? Both halves, out of one place and into the other, are undone.</source>
        <translation>Köçürmə ləğv edilsin (%1)? Hər iki hissə — bir yerdən çıxış və digərinə giriş — ləğv olunur.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="66"/>
        <source>Void this movement (%1)? It stays in the ledger, marked as voided.</source>
        <translation>Bu hərəkət ləğv edilsin (%1)? O, jurnalda ləğv edilmiş kimi işarələnərək qalır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="69"/>
        <source>Void movement</source>
        <translation>Hərəkəti ləğv et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/stock_movements.py" line="83"/>
        <source>Cannot void</source>
        <translation>Ləğv etmək olmur</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="191"/>
        <source>Ready</source>
        <translation>Hazırdır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="192"/>
        <source>Check your answers, then press Finish to set up this laptop.</source>
        <translation>Cavablarınızı yoxlayın, sonra noutbuku quraşdırmaq üçün Bitir düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="193"/>
        <source>Go back to change anything. Finish writes everything at once.</source>
        <translation>Nəyisə dəyişmək üçün geri qayıdın. Bitir hər şeyi birdən yazır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="195"/>
        <source>Language:</source>
        <translation>Dil:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="196"/>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="197"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="198"/>
        <source>Home location:</source>
        <translation>Əsas məkan:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="199"/>
        <source>Helplines:</source>
        <translation>Qaynar xətlər:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="200"/>
        <source>Coordinator:</source>
        <translation>Koordinator:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="209"/>
        <source>not verified</source>
        <translation>yoxlanılmayıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="211"/>
        <source>verified on %1</source>
        <translation>yoxlanılıb: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="223"/>
        <source>none yet</source>
        <translation>hələ yoxdur</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/wizard.py" line="225"/>
        <source>not enrolled yet</source>
        <translation>hələ qoşulmayıb</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="50"/>
        <source>Imported</source>
        <translation>İdxal edildi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="51"/>
        <source>Already here</source>
        <translation>Artıq var</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="52"/>
        <location filename="../fieldkit/ui/sync_models.py" line="60"/>
        <source>Waiting for approval</source>
        <translation>Təsdiq gözləyir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="114"/>
        <location filename="../fieldkit/ui/sync_models.py" line="53"/>
        <source>Refused</source>
        <translation>Rədd edildi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="54"/>
        <source>Written</source>
        <translation>Yazıldı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="59"/>
        <source>Trusted</source>
        <translation>Etibarlı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="61"/>
        <source>Revoked</source>
        <translation>Etibarı geri alınıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="65"/>
        <source>Received</source>
        <translation>Alındı</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="65"/>
        <source>Sent</source>
        <translation>Göndərildi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="69"/>
        <source>Regional officer</source>
        <translation>Regional əməkdaş</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="70"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="173"/>
        <location filename="../fieldkit/ui/sync_models.py" line="225"/>
        <source>File</source>
        <extracomment>column headers, marked with QT_TRANSLATE_NOOP in ``header_context`` the column that shows the status icon, or None</extracomment>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="170"/>
        <location filename="../fieldkit/ui/sync_models.py" line="226"/>
        <source>Result</source>
        <translation>Nəticə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="111"/>
        <source>Last contact</source>
        <translation>Son əlaqə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="112"/>
        <source>Last bundle</source>
        <translation>Son paket</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="172"/>
        <location filename="../fieldkit/ui/sync_models.py" line="227"/>
        <source>What happened</source>
        <translation>Nə baş verdi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="250"/>
        <location filename="../fieldkit/ui/sync_models.py" line="288"/>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="251"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="252"/>
        <source>Key fingerprint</source>
        <translation>Açar barmaq izi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="253"/>
        <location filename="../fieldkit/ui/sync_models.py" line="328"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="254"/>
        <source>First seen</source>
        <translation>İlk dəfə görülüb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="255"/>
        <source>Bundles waiting</source>
        <translation>Gözləyən paketlər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="289"/>
        <source>Complete up to</source>
        <translation>Boşluqsuz son nömrə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="290"/>
        <source>Highest received</source>
        <translation>Alınan ən böyük nömrə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="113"/>
        <location filename="../fieldkit/ui/sync_models.py" line="291"/>
        <source>Missing changes</source>
        <translation>Çatışmayan dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="169"/>
        <location filename="../fieldkit/ui/sync_models.py" line="325"/>
        <source>When</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="326"/>
        <source>Direction</source>
        <translation>İstiqamət</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="327"/>
        <source>From device</source>
        <translation>Göndərən cihaz</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_activity.py" line="171"/>
        <location filename="../fieldkit/ui/sync_models.py" line="329"/>
        <source>Changes</source>
        <translation>Dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="330"/>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="131"/>
        <source>%1: change %2 missing</source>
        <translation>%1: %2 nömrəli dəyişiklik çatışmır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="133"/>
        <source>%1: changes %2–%3 missing</source>
        <translation>%1: %2–%3 dəyişiklikləri çatışmır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="280"/>
        <location filename="../fieldkit/ui/sync_models.py" line="316"/>
        <source>Device id: %1</source>
        <translation>Cihaz ID-si: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="344"/>
        <source>%1 of %2 new</source>
        <translation>yeni: %1 / %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_models.py" line="365"/>
        <source>Bundle %1</source>
        <translation>Paket %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="230"/>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="233"/>
        <source>Sync</source>
        <translation>Sinxronlaşdırma</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="234"/>
        <source>Send changes</source>
        <translation>Dəyişiklikləri göndər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="235"/>
        <source>&amp;Send to:</source>
        <translation>&amp;Kimə:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="237"/>
        <source>Sa&amp;ve on:</source>
        <translation>&amp;Harada saxlanılsın:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="238"/>
        <source>Insert a USB stick or choose a folder</source>
        <translation>USB yaddaş taxın və ya qovluq seçin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="239"/>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Qovluq seç…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="240"/>
        <source>Look for &amp;USB sticks</source>
        <translation>&amp;USB yaddaşları axtar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="241"/>
        <source>&amp;Export bundle</source>
        <translation>Paketi &amp;ixrac et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="242"/>
        <source>Receive changes</source>
        <translation>Dəyişiklikləri qəbul et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="244"/>
        <source>Drop bundle files (.fkb) or a folder holding them anywhere on this screen, or choose them:</source>
        <translation>Paket fayllarını (.fkb) və ya onları saxlayan qovluğu bu ekranın istənilən yerinə atın, ya da seçin:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="246"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Faylları idxal et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="247"/>
        <source>Import a fo&amp;lder…</source>
        <translation>Qovluğu i&amp;dxal et…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="248"/>
        <source>Last import</source>
        <translation>Son idxal</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="249"/>
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="250"/>
        <source>Changes held</source>
        <translation>Saxlanılan dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="251"/>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="263"/>
        <source>Coordinator (all my changes)</source>
        <translation>Koordinator (bütün dəyişikliklərim)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="265"/>
        <source>Officers&apos; laptops (reference data only, no names)</source>
        <translation>Əməkdaşların noutbukları (yalnız soraq məlumatları, adsız)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="304"/>
        <source>Sync is paused: %1</source>
        <translation>Sinxronlaşdırma dayandırılıb: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="309"/>
        <source>This laptop is not set up yet.</source>
        <translation>Bu noutbuk hələ quraşdırılmayıb.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="312"/>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="314"/>
        <source>Changes waiting to be sent to the coordinator: %1</source>
        <translation>Koordinatora göndərilməyi gözləyən dəyişikliklər: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="315"/>
        <source>Last export: %1</source>
        <translation>Son ixrac: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="317"/>
        <source>Last import: %1</source>
        <translation>Son idxal: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="323"/>
        <source>Bundles waiting for approval: %1 (see Devices)</source>
        <translation>Təsdiq gözləyən paketlər: %1 (bax: Cihazlar)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="343"/>
        <source>USB stick %1 (%2 free)</source>
        <translation>USB yaddaş %1 (%2 boş)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="350"/>
        <source>Folder %1</source>
        <translation>Qovluq %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="356"/>
        <source>Save bundles in</source>
        <translation>Paketlərin saxlanacağı qovluq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="373"/>
        <source>Writing the bundle…</source>
        <translation>Paket yazılır…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="379"/>
        <source>Export</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="383"/>
        <source>Saved %1 (%2 changes).</source>
        <translation>Saxlanıldı: %1 (%2 dəyişiklik).</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="390"/>
        <source>Not encrypted: this laptop does not know a coordinator&apos;s key yet (load an enrolment file in Settings). Keep the file safe; it may hold names.</source>
        <translation>Şifrələnməyib: bu noutbuk hələ koordinatorun açarını bilmir (Tənzimləmələrdə qoşulma faylını yükləyin). Faylı etibarlı yerdə saxlayın: orada adlar ola bilər.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="405"/>
        <source>Import bundles</source>
        <translation>Paketləri idxal et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="405"/>
        <source>Field Kit bundles (*.fkb)</source>
        <translation>Field Kit paketləri (*.fkb)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="412"/>
        <source>Import every bundle in</source>
        <translation>Bu qovluqdakı bütün paketləri idxal et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="420"/>
        <source>No bundles (*.fkb) found there.</source>
        <translation>Orada paket (*.fkb) tapılmadı.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="438"/>
        <source>Importing bundles</source>
        <translation>Paketlər idxal edilir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="446"/>
        <source>%1 imported</source>
        <translation>idxal edildi: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="447"/>
        <source>%1 already here</source>
        <translation>artıq var: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="448"/>
        <source>%1 waiting for approval</source>
        <translation>təsdiq gözləyir: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="449"/>
        <source>%1 refused</source>
        <translation>rədd edildi: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="452"/>
        <source>%1 bundle(s): %2.</source>
        <translation>%1 paket: %2.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="454"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="457"/>
        <source>Cancelled: %1 bundle(s) were not imported; import them again later.</source>
        <translation>Ləğv edildi: %1 paket idxal edilmədi; sonra yenidən idxal edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/pages/sync_page.py" line="492"/>
        <source>Device approved; %1 waiting bundle(s) imported.</source>
        <translation>Cihaz təsdiqləndi; gözləyən %1 paket idxal edildi.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="62"/>
        <source>Automatic sync</source>
        <translation>Avtomatik sinxronlaşdırma</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="63"/>
        <source>Shared &amp;folder:</source>
        <translation>Ortaq &amp;qovluq:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="64"/>
        <source>none: a network share, a Syncthing folder or a USB path</source>
        <translation>yoxdur: şəbəkə qovluğu, Syncthing qovluğu və ya USB yolu</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="66"/>
        <source>Clea&amp;r</source>
        <translation>T&amp;əmizlə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="67"/>
        <source>Allow plain &amp;http to the hub (not only https)</source>
        <translation>Serverlə adi &amp;http-yə icazə ver (təkcə https deyil)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="70"/>
        <source>Without https, anyone on the network between this laptop and the hub can read what is sent, names included. Allow it only on a network you trust.</source>
        <translation>https olmadan bu noutbukla server arasındakı şəbəkədə hər kəs göndərilənləri, adlar da daxil olmaqla, oxuya bilər. Buna yalnız etibar etdiyiniz şəbəkədə icazə verin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="89"/>
        <source>Field Kit writes its changes there and imports the bundles addressed to it, by itself.</source>
        <translation>Field Kit dəyişikliklərini ora özü yazır və ona ünvanlanmış paketləri özü idxal edir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="94"/>
        <source>This folder cannot be reached now; Field Kit syncs with it whenever it is there.</source>
        <translation>Bu qovluq indi əlçatan deyil; Field Kit o görünən kimi onunla sinxronlaşdıracaq.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="98"/>
        <source>Field Kit syncs with this folder whenever it is reachable.</source>
        <translation>Field Kit bu qovluq əlçatan olduqca onunla sinxronlaşdırır.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="103"/>
        <source>Shared folder for sync</source>
        <translation>Sinxronlaşdırma üçün ortaq qovluq</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/settings_sync.py" line="134"/>
        <source>The settings could not be saved: %1</source>
        <translation>Tənzimləmələri saxlamaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="41"/>
        <location filename="../fieldkit/ui/sync_status.py" line="135"/>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="47"/>
        <source>just now</source>
        <translation>indicə</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="49"/>
        <source>%1 min ago</source>
        <translation>%1 dəq əvvəl</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="51"/>
        <source>%1 h ago</source>
        <translation>%1 saat əvvəl</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="65"/>
        <source>Hub refused: this laptop was revoked — ask the coordinator</source>
        <translation>Server rədd etdi: bu noutbukun icazəsi ləğv edilib — koordinatora müraciət edin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="67"/>
        <source>Hub refused: this laptop&apos;s key is not the one registered — ask the coordinator</source>
        <translation>Server rədd etdi: bu noutbukun açarı qeydiyyatdakı açar deyil — koordinatora müraciət edin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="69"/>
        <source>Hub refused: this computer&apos;s date or time is wrong — set it right and sync again</source>
        <translation>Server rədd etdi: bu kompüterin tarixi və ya saatı səhvdir — düzəldin və yenidən sinxronlaşdırın</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="71"/>
        <source>Hub refused: the hub needs a newer Field Kit — tell the coordinator</source>
        <translation>Server rədd etdi: serverə Field Kit-in daha yeni versiyası lazımdır — koordinatora bildirin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="73"/>
        <source>Hub refused: this laptop is enrolled for another coordinator — ask for a new enrolment file</source>
        <translation>Server rədd etdi: bu noutbuk başqa koordinatora qoşulub — yeni qoşulma faylı istəyin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="75"/>
        <source>Hub refused: a change is larger than the hub accepts — tell the coordinator</source>
        <translation>Server rədd etdi: dəyişiklik serverin qəbul etdiyindən böyükdür — koordinatora bildirin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="84"/>
        <source>Offline — %1 changes waiting</source>
        <translation>Oflayn — %1 dəyişiklik gözləyir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="86"/>
        <source>Hub offline — %1 changes waiting</source>
        <translation>Server əlçatan deyil — %1 dəyişiklik gözləyir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="88"/>
        <source>Hub busy — %1 changes waiting</source>
        <translation>Server məşğuldur — %1 dəyişiklik gözləyir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="90"/>
        <source>Hub problem — %1 changes waiting</source>
        <translation>Serverdə problem — %1 dəyişiklik gözləyir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="92"/>
        <source>Sync stopped — %1 changes waiting</source>
        <translation>Sinxronlaşdırma dayandı — %1 dəyişiklik gözləyir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="98"/>
        <source>Hub refused: %1</source>
        <translation>Server rədd etdi: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="100"/>
        <location filename="../fieldkit/ui/sync_status.py" line="162"/>
        <source>Not enrolled with a hub</source>
        <translation>Serverə qoşulmayıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="102"/>
        <source>Plain http refused: allow it in Settings or use https</source>
        <translation>Adi http rədd edildi: Tənzimləmələrdə icazə verin və ya https işlədin</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="104"/>
        <source>The hub&apos;s certificate is not trusted</source>
        <translation>Serverin sertifikatına etibar edilmir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="106"/>
        <source>Not the enrolled hub: check the hub address</source>
        <translation>Qoşulduğunuz server deyil: server ünvanını yoxlayın</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="108"/>
        <source>The hub address is not valid</source>
        <translation>Server ünvanı düzgün deyil</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="110"/>
        <source>Sync failed: a bundle from the hub was not imported</source>
        <translation>Sinxronlaşdırma alınmadı: serverdən gələn paket idxal edilmədi</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="111"/>
        <source>Sync failed: %1</source>
        <translation>Sinxronlaşdırma alınmadı: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="116"/>
        <source>Shared folder not synced yet — %1 changes waiting</source>
        <translation>Ortaq qovluq hələ sinxronlaşdırılmayıb — %1 dəyişiklik gözləyir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="118"/>
        <source>Folder synced %1</source>
        <translation>Qovluq %1 sinxronlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="120"/>
        <source>Shared folder not reachable — %1 changes waiting</source>
        <translation>Ortaq qovluq əlçatan deyil — %1 dəyişiklik gözləyir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="121"/>
        <source>Folder sync failed: %1</source>
        <translation>Qovluqla sinxronlaşdırma alınmadı: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="130"/>
        <source>Hub: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="133"/>
        <source>Last round %1: %2</source>
        <translation>Son sinxronlaşdırma %1: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="135"/>
        <source>Last successful round: %1</source>
        <translation>Son uğurlu sinxronlaşdırma: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="137"/>
        <source>Shared folder: %1</source>
        <translation>Ortaq qovluq: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="141"/>
        <source>Changes waiting to be sent: %1</source>
        <translation>Göndərilməyi gözləyən dəyişikliklər: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="145"/>
        <source>Sync paused</source>
        <translation>Sinxronlaşdırma dayandırılıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="147"/>
        <source>Syncing…</source>
        <translation>Sinxronlaşdırılır…</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="150"/>
        <source>Not synced yet — %1 changes waiting</source>
        <translation>Hələ sinxronlaşdırılmayıb — %1 dəyişiklik gözləyir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="152"/>
        <source>Synced %1</source>
        <translation>%1 sinxronlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="154"/>
        <source>%1 changes waiting</source>
        <translation>%1 dəyişiklik gözləyir</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="163"/>
        <source>Load the hub&apos;s enrolment file, or choose a shared folder, in Settings (Device and coordinator).</source>
        <translation>Tənzimləmələrdə (Cihaz və koordinator) serverin qoşulma faylını yükləyin və ya ortaq qovluq seçin.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="218"/>
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/sync_status.py" line="219"/>
        <source>Sync with the hub and the shared folder now</source>
        <translation>Server və ortaq qovluqla indi sinxronlaşdır</translation>
    </message>
</context>
<context>
    <name>TallyButton</name>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="44"/>
        <source>On hand: %1</source>
        <translation>Mövcud: %1</translation>
    </message>
</context>
<context>
    <name>TallyWidget</name>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="175"/>
        <source>Tally: handouts at %1</source>
        <translation>Sayğac: paylanmalar, yer: %1</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="176"/>
        <source>Each &amp;click counts</source>
        <translation>Hər &amp;klik sayır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="177"/>
        <source>How many items one click records; remembered for next time</source>
        <translation>Bir klikin neçə ədəd qeyd etdiyi; növbəti dəfə üçün yadda qalır</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="178"/>
        <source>&amp;Undo last (Ctrl+Z)</source>
        <translation>Sonuncunu &amp;geri al (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="179"/>
        <source>Leave tally mode (Esc)</source>
        <translation>Sayğac rejimindən çıx (Esc)</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="180"/>
        <source>No active materials. Add one in the catalogue first.</source>
        <translation>Aktiv material yoxdur. Əvvəlcə kataloqa əlavə edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="238"/>
        <source>This session: %1 handed out in %2 click(s)</source>
        <translation>Bu seans: %1 ədəd paylanıb, klik: %2</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="271"/>
        <source>Not recorded: only %1 of %2 left here, fewer than %3. Record the delivery first.</source>
        <translation>Qeyd edilmədi: burada %2 cəmi %1 ədəd qalıb (lazımdır: %3). Əvvəlcə çatdırılmanı qeyd edin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="285"/>
        <source>Recorded %1 × %2. On hand now: %3.</source>
        <translation>Qeyd edildi: %1 × %2. İndi mövcud: %3.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="303"/>
        <source>That click had already been undone.</source>
        <translation>Həmin klik artıq geri alınıb.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/tally.py" line="312"/>
        <source>Undone: %1 × %2.</source>
        <translation>Geri alındı: %1 × %2.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="366"/>
        <source>Transfer stock</source>
        <translation>Ehtiyatı köçür</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="367"/>
        <source>&amp;Material</source>
        <translation>&amp;Material</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="368"/>
        <source>&amp;Quantity</source>
        <translation>Miq&amp;dar</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="369"/>
        <source>&amp;From</source>
        <translation>&amp;Haradan</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="370"/>
        <source>&amp;To</source>
        <translation>Ha&amp;raya</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="371"/>
        <source>&amp;Note</source>
        <translation>&amp;Qeyd</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="376"/>
        <source>Choose the location the stock goes to.</source>
        <translation>Ehtiyatın köçürüləcəyi məkanı seçin.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="98"/>
        <source>Unlock Field Kit</source>
        <translation>Field Kit-in kilidini aç</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="102"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN kod:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="109"/>
        <source>The store on this computer is encrypted. Type its passphrase to open it.</source>
        <translation>Bu kompüterdəki baza şifrələnib. Onu açmaq üçün parol ifadəsini yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="105"/>
        <source>Type the recovery key that was shown when the store was encrypted (six groups of five).</source>
        <translation>Baza şifrələnəndə göstərilmiş bərpa açarını yazın (beş simvollu altı qrup).</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="101"/>
        <source>Type the PIN set for this session, or untick the box to use the passphrase.</source>
        <translation>Bu seans üçün təyin edilmiş PIN kodu yazın və ya parol ifadəsindən istifadə etmək üçün işarəni götürün.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="107"/>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Bərpa açarı:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="110"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parol ifadəsi:</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="111"/>
        <source>Unlock with the P&amp;IN</source>
        <translation>P&amp;IN kodla kilidi aç</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="112"/>
        <source>Use the recovery &amp;key instead</source>
        <translation>Əvəzinə bərpa &amp;açarından istifadə et</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="115"/>
        <source>A forgotten passphrase cannot be recovered: without it or the recovery key, nobody can open this store.</source>
        <translation>Unudulmuş parol ifadəsini bərpa etmək olmur: nə onu, nə də bərpa açarını bilmədən bu bazanı heç kim aça bilməz.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="119"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;x</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="161"/>
        <source>Type the recovery key first.</source>
        <translation>Əvvəlcə bərpa açarını yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="161"/>
        <source>Type the passphrase first.</source>
        <translation>Əvvəlcə parol ifadəsini yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="170"/>
        <source>That recovery key is wrong. Check it and try again; nothing was changed.</source>
        <translation>Bərpa açarı yanlışdır. Onu yoxlayıb yenidən cəhd edin; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="172"/>
        <source>That passphrase is wrong. Try again; nothing was changed.</source>
        <translation>Parol ifadəsi yanlışdır. Yenidən cəhd edin; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="188"/>
        <source>Type the PIN first.</source>
        <translation>Əvvəlcə PIN kodu yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="195"/>
        <source>That PIN is wrong. Tries left before the passphrase is needed: %1.</source>
        <translation>PIN kod yanlışdır. Parol ifadəsi lazım olana qədər qalan cəhdlər: %1.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="206"/>
        <source>%1 wrong PINs: the PIN no longer works. Type the passphrase to unlock.</source>
        <translation>%1 yanlış PIN kod: PIN kod artıq işləmir. Kilidi açmaq üçün parol ifadəsini yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="247"/>
        <source>This computer&apos;s keyring cannot be reached now, so the key kept there was not used. Type the passphrase.</source>
        <translation>Bu kompüterin parol anbarına indi çatmaq olmur, ona görə də orada saxlanan açardan istifadə edilmədi. Parol ifadəsini yazın.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/unlock_dialog.py" line="255"/>
        <source>This computer&apos;s keyring no longer holds a key that opens the store. Type the passphrase; Settings → Security can keep the key there again.</source>
        <translation>Bu kompüterin parol anbarında artıq bazanı açan açar yoxdur. Parol ifadəsini yazın; Tənzimləmələr → Təhlükəsizlik açarı yenidən orada saxlaya bilər.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../fieldkit/ui/window_parts.py" line="71"/>
        <source>Welcome to Field Kit</source>
        <translation>Field Kit-ə xoş gəlmisiniz</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/window_parts.py" line="73"/>
        <source>Field Kit is not set up on this computer yet. Setting it up takes a minute and works offline.</source>
        <translation>Field Kit bu kompüterdə hələ quraşdırılmayıb. Quraşdırma bir dəqiqə çəkir və oflayn işləyir.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/window_parts.py" line="75"/>
        <source>&amp;Set up Field Kit…</source>
        <translation>Field Kit-i &amp;quraşdır…</translation>
    </message>
</context>
<context>
    <name>_ForcibleDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="288"/>
        <source>Only %1 of %2 in stock there; taking %3 would leave %4. Record the missing receipt first, or, if you know why the stock is short, give the reason and save again to record it anyway.</source>
        <translation>Orada %2 cəmi %1 ədəd var; %3 ədəd götürülsə, %4 qalar. Əvvəlcə çatışmayan mədaxili qeyd edin, ya da ehtiyatın niyə az olduğunu bilirsinizsə, səbəbi yazıb yenidən yadda saxlayın — yenə də qeyd olunacaq.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="299"/>
        <source>Give a reason to record it below zero.</source>
        <translation>Sıfırdan aşağı qeyd etmək üçün səbəb göstərin.</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="304"/>
        <source>&amp;Reason</source>
        <translation>Sə&amp;bəb</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="305"/>
        <source>e.g. the receipt is not entered yet</source>
        <translation>məs. mədaxil hələ daxil edilməyib</translation>
    </message>
</context>
<context>
    <name>_StockDialog</name>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="207"/>
        <source>&amp;Save</source>
        <translation>Yadda &amp;saxla</translation>
    </message>
    <message>
        <location filename="../fieldkit/ui/stock_dialogs.py" line="208"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
</TS>
