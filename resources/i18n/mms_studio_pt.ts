<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AdapterTable</name>
    <message>
        <location filename="../../mms_studio/gui/adapter_table.py" line="+26"/>
        <source>Adapter library</source>
        <translation>Biblioteca de adaptadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation>Os adaptadores treinados neste projeto com suas taxas de erro nos trechos de controle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev CER</source>
        <translation>CER controle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev WER</source>
        <translation>WER controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s CER</source>
        <translation>CER do modelo base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same dev clips transcribed by the base model on its own: its adapter for this language (MMS), or its own output, zero-shot (Omnilingual); — when it has none</source>
        <translation>Os mesmos trechos de controle transcritos pelo modelo base sozinho: seu adaptador para este idioma (MMS), ou sua própria saída, sem treinamento (Omnilingual); — quando não tem</translation>
    </message>
    <message>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation type="vanished">Os mesmos trechos de controle transcritos pelo adaptador próprio do modelo base para este idioma, quando houver (— quando não houver)</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../mms_studio/gui/app.py" line="+146"/>
        <location line="+38"/>
        <source>Cannot open this project</source>
        <translation>Não é possível abrir este projeto</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Opening {name}… — MMS Studio</source>
        <translation>Abrindo {name}… — MMS Studio</translation>
    </message>
</context>
<context>
    <name>BaseModelDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_model.py" line="+86"/>
        <source>The base model is needed</source>
        <translation>O modelo base é necessário</translation>
    </message>
    <message>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}” (about 4 GB, licensed CC-BY-NC 4.0). Download it once — an interrupted download continues where it stopped — or choose a folder that already holds it.</source>
        <translation type="vanished">Para treinar e transcrever, o MMS Studio precisa do modelo base MMS da Meta, “{base}” (cerca de 4 GB, licença CC-BY-NC 4.0). Baixe-o uma vez — um download interrompido continua de onde parou — ou escolha uma pasta que já o contenha.</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="vanished">&amp;Baixar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To train and transcribe, MMS Studio needs Meta&apos;s MMS base model “{base}”: a speech model that has learned from recordings in more than a thousand languages. MMS Studio teaches it your language by training a small adapter on your clips; the base model itself stays as it is.</source>
        <translation>Para treinar e transcrever, o MMS Studio precisa do modelo base MMS da Meta, “{base}”: um modelo de fala que aprendeu com gravações em mais de mil idiomas. O MMS Studio ensina a ele o seu idioma treinando um pequeno adaptador com os seus trechos; o modelo base em si não muda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is about 4 GB, downloaded once and kept on this computer; an interrupted download continues where it stopped. Its licence, CC-BY-NC 4.0, allows non-commercial use with attribution, and adapters trained on it fall under the same terms. If you already have it, choose the folder that holds it.</source>
        <translation>Ele tem cerca de 4 GB, é baixado uma única vez e fica neste computador; um download interrompido continua de onde parou. A licença dele, CC-BY-NC 4.0, permite uso não comercial com atribuição, e os adaptadores treinados com ele seguem os mesmos termos. Se você já o tem, escolha a pasta que o contém.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the base model has been downloaded</source>
        <translation>Quanto do modelo base já foi baixado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download (about 4 GB)</source>
        <translation>&amp;Baixar (cerca de 4 GB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop the download</source>
        <translation>&amp;Parar o download</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Escolher uma pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Mais tarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model from the internet once; it continues where it stopped</source>
        <translation>Baixar o modelo base da internet uma vez; o download continua de onde parou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the download</source>
        <translation>Parar o download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop downloading; what was downloaded is kept and the next download continues</source>
        <translation>Parar o download; o que já foi baixado é mantido e o próximo download continua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a folder that already holds the base model (config.json and model.safetensors)</source>
        <translation>Usar uma pasta que já contém o modelo base (config.json e model.safetensors)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this for now; training and transcribing need the base model</source>
        <translation>Fechar por enquanto; treinar e transcrever precisam do modelo base</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping the download…</source>
        <translation>Parando o download…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading… time left {eta}</source>
        <translation>Baixando… tempo restante {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ The base model is ready.</source>
        <translation>✓ O modelo base está pronto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download stopped. What was downloaded is kept; Download continues from there.</source>
        <translation>Download parado. O que já foi baixado é mantido; Baixar continua a partir daí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The download failed; see the log file.</source>
        <translation>⚠ O download falhou; veja o arquivo de log.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder with the base model</source>
        <translation>Pasta com o modelo base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ That folder does not hold a model (config.json and model.safetensors are needed).</source>
        <translation>⚠ Essa pasta não contém um modelo (são necessários config.json e model.safetensors).</translation>
    </message>
</context>
<context>
    <name>BaseModelsDialog</name>
    <message>
        <location filename="../../mms_studio/gui/base_models_dialog.py" line="+66"/>
        <source>Base model and disk space</source>
        <translation>Modelo base e espaço em disco</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The base model is the speech model your adapters are trained on. Its licence also covers every adapter trained on it.</source>
        <translation>O modelo base é o modelo de fala com o qual seus adaptadores são treinados. A licença dele também vale para cada adaptador treinado com ele.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Base models</source>
        <translation>Modelos base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base models this project can train on, with licence, download size, languages and speed; the project&apos;s current one is marked</source>
        <translation>Os modelos base com os quais este projeto pode treinar, com licença, tamanho do download, idiomas e velocidade; o atual do projeto está marcado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this base</source>
        <translation>&amp;Usar esta base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this base</source>
        <translation>Usar esta base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected base model the one this project trains on</source>
        <translation>Fazer este projeto treinar com o modelo base selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a &amp;folder…</source>
        <translation>Escolher uma &amp;pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a base model folder on this computer (an MMS or Omnilingual ASR CTC model with config.json and model.safetensors)</source>
        <translation>Usar uma pasta de modelo base deste computador (um modelo MMS ou Omnilingual ASR CTC com config.json e model.safetensors)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Converted base models on this computer</source>
        <translation>Modelos base convertidos neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring…</source>
        <translation>Medindo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>Apagar &amp;tudo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear converted models</source>
        <translation>Apagar os modelos convertidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every converted copy of a base model; each is made again the next time its base is used</source>
        <translation>Apagar todas as cópias convertidas de modelos base; cada uma é refeita na próxima vez que a base dela for usada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear u&amp;nused</source>
        <translation>Apagar os &amp;não usados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear unused converted models</source>
        <translation>Apagar os modelos convertidos não usados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete only converted copies whose base model changed or is gone</source>
        <translation>Apagar só as cópias convertidas cujo modelo base mudou ou não existe mais</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>Fechar esta janela</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Licence Apache-2.0: commercial use allowed, for the base and the adapters trained on it</source>
        <translation>Licença Apache-2.0: uso comercial permitido, para a base e os adaptadores treinados com ela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence CC-BY-NC 4.0: non-commercial use only, and adapters trained on it too</source>
        <translation>Licença CC-BY-NC 4.0: só uso não comercial, também para os adaptadores treinados com ela</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ✓ this project&apos;s base</source>
        <translation>  ✓ base deste projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download: {size}</source>
        <translation>Download: {size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already on this computer: {path}</source>
        <translation>Já está neste computador: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages: {languages}</source>
        <translation>Idiomas: {languages}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed: {note}</source>
        <translation>Velocidade: {note}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Folder with a base model</source>
        <translation>Pasta com um modelo base</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the base model…</source>
        <translation>Verificando o modelo base…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✓ This project now trains on {title}.</source>
        <translation>✓ Este projeto agora treina com {title}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Something went wrong; see the log file.</source>
        <translation>⚠ Algo deu errado; veja o arquivo de log.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>None: nothing converted takes space.</source>
        <translation>Nenhum: nada convertido ocupa espaço.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size} in {count} file(s); {unused} of it unused (its base changed or is gone). A cleared copy is made again when its base is next used.</source>
        <translation>{size} em {count} arquivo(s); {unused} sem uso (a base mudou ou não existe mais). Uma cópia apagada é refeita na próxima vez que a base dela for usada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ The disk use could not be measured: {reason}</source>
        <translation>⚠ Não foi possível medir o espaço em disco usado: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clearing…</source>
        <translation>Apagando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ {size} freed.</source>
        <translation>✓ {size} liberados.</translation>
    </message>
</context>
<context>
    <name>ClipNames</name>
    <message>
        <location filename="../../mms_studio/gui/clip_names.py" line="+54"/>
        <source>clip {number}</source>
        <translation>trecho {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clip {number} “{text}”</source>
        <translation>trecho {number} “{text}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}, subtitle {number} (line {line})</source>
        <translation>{file}, legenda {number} (linha {line})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, line {line}</source>
        <translation>{file}, linha {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected transcript of {file}, {start}–{end} s</source>
        <translation>transcrição corrigida de {file}, {start}–{end} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded: {take}</source>
        <translation>gravado: {take}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training</source>
        <translation>treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev</source>
        <translation>controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>teste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not assigned yet</source>
        <translation>ainda não atribuído</translation>
    </message>
</context>
<context>
    <name>ClipsModel</name>
    <message>
        <location filename="../../mms_studio/gui/models/clips_model.py" line="+49"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Split</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clip</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ ok</source>
        <translation>✓ ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>⚠ needs review</source>
        <translation>⚠ a revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ excluded</source>
        <translation>✗ deixado de fora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>🗑 deleted</source>
        <translation>🗑 apagado</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../mms_studio/gui/shell/crash.py" line="+90"/>
        <source>MMS Studio hit a problem</source>
        <translation>O MMS Studio encontrou um problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside MMS Studio.</source>
        <translation>Algo deu errado no MMS Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

To tell the developers, press Copy report and paste it into your message. The details are also in the log file:
{path}</source>
        <translation>Suas gravações, transcrições e treinamentos concluídos são salvos enquanto você trabalha, então nada do que você concluiu foi perdido. Você pode continuar trabalhando ou reiniciar o aplicativo por segurança.

Para avisar os desenvolvedores, clique em Copiar relatório e cole-o na sua mensagem. Os detalhes também estão no log:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy report</source>
        <translation>Copiar relatório</translation>
    </message>
    <message>
        <source>Your recordings, transcripts and finished training runs are saved as you work, so nothing you completed has been lost. You can keep working, or restart the app to be safe.

The details are in the log file:
{path}</source>
        <translation type="vanished">Suas gravações, transcrições e treinamentos concluídos são salvos enquanto você trabalha, por isso nada do que você terminou foi perdido. Você pode continuar trabalhando ou, por segurança, reiniciar o programa.

Os detalhes estão no arquivo de log:
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open log folder</source>
        <translation>Abrir a pasta de log</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/dataset.py" line="+112"/>
        <source>Dataset</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add recordings with transcripts: audio files with .txt/.lab beside them, folders, ELAN, TextGrid, subtitles, CSV tables, Common Voice. You can also drop them here.</source>
        <translation>Adicione gravações com transcrições: arquivos de áudio com .txt/.lab ao lado, pastas, ELAN, TextGrid, legendas, tabelas CSV, Common Voice. Você também pode arrastá-los até aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by transcript, speaker or source</source>
        <translation>Filtrar por transcrição, falante ou origem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter clips</source>
        <translation>Filtrar trechos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the filter</source>
        <translation>Limpar o filtro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show clips with status</source>
        <translation>Mostrar trechos com a situação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs review</source>
        <translation>a revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded</source>
        <translation>deixado de fora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>apagado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete selected clips</source>
        <translation>Apagar os trechos selecionados</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete the selected clips (Del); Ctrl+Z brings them back</source>
        <translation>Apagar os trechos selecionados (Del); Ctrl+Z os traz de volta</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+224"/>
        <location line="+3"/>
        <source>Orthography report</source>
        <translation>Relatório ortográfico</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>List every character used in the transcripts, how often, and in which clips</source>
        <translation>Listar cada caractere usado nas transcrições, quantas vezes e em que trechos</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clips</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clip with its status in words; Space plays or stops the clip, Enter or F2 edits its transcript, Escape cancels the edit, the Menu key changes status or split.</source>
        <translation>Cada trecho com sua situação por extenso; Espaço toca ou para o trecho, Enter ou F2 edita a transcrição, Esc cancela a edição, a tecla Menu muda a situação ou o grupo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mark as ok</source>
        <translation>Marcar como ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as needing review</source>
        <translation>Marcar como a revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclude from training</source>
        <translation>Deixar de fora do treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the training set</source>
        <translation>Mover para os trechos de treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the dev set</source>
        <translation>Mover para os trechos de controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the test set</source>
        <translation>Mover para os trechos de teste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play the selected clip</source>
        <translation>Ouvir o trecho selecionado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Play the selected clip (Ctrl+Space)</source>
        <translation>Ouvir o trecho selecionado (Ctrl+Space)</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show every clip again</source>
        <translation>Mostrar todos os trechos de novo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the clips with this status</source>
        <translation>Mostrar só os trechos com esta situação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;deleted</source>
        <translation>Mostrar a&amp;pagados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show deleted clips</source>
        <translation>Mostrar trechos apagados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List deleted clips too, so they can be brought back</source>
        <translation>Listar também os trechos apagados, para poder trazê-los de volta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Orthography report</source>
        <translation>&amp;Relatório ortográfico</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected &amp;clips</source>
        <translation>&amp;Trechos selecionados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected clips</source>
        <translation>Trechos selecionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected clips as ok, needing review or excluded, or move them to the training, dev or test set</source>
        <translation>Marcar os trechos selecionados como ok, a revisar ou deixados de fora, ou movê-los para os trechos de treinamento, de controle ou de teste</translation>
    </message>
    <message>
        <source>Every clip with its status in words; F2 edits a transcript, the Menu key changes status or split, Ctrl+Space plays the clip.</source>
        <translation type="vanished">Cada trecho com sua situação por extenso; F2 edita uma transcrição, a tecla Menu muda a situação ou o grupo, Ctrl+Space toca o trecho.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+189"/>
        <source>Select a clip to see and hear it.</source>
        <translation>Selecione um trecho para vê-lo e ouvi-lo.</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the import is done</source>
        <translation>Quanto da importação já foi feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Stop import</source>
        <translation>Parar a importação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current clip; clips already imported are kept</source>
        <translation>Parar após o trecho atual; os trechos já importados são mantidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import report</source>
        <translation>Relatório da importação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was imported and what was skipped, with the reason</source>
        <translation>O que foi importado e o que foi ignorado, com o motivo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clips yet. Click Import… or drop recordings with their transcripts here — or record new ones on the Record page.</source>
        <translation>Ainda não há trechos. Clique em Importar… ou arraste até aqui gravações com suas transcrições — ou grave novas na página Gravar.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>delete the selected clips</source>
        <translation>apagar os trechos selecionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Espaço</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>play or stop the selected clip</source>
        <translation>tocar ou parar o trecho selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play the selected clip</source>
        <translation>ouvir o trecho selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the selected transcript</source>
        <translation>editar a transcrição selecionada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, F2</source>
        <translation>Enter, F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cancel the edit</source>
        <translation>cancelar a edição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filter clips</source>
        <translation>filtrar trechos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>importing recordings</source>
        <translation>importando gravações</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Clips: {clips} · speech: {minutes} min · speakers: {speakers} · splits: {splits}</source>
        <translation>Trechos: {clips} · fala: {minutes} min · falantes: {speakers} · grupos: {splits}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Clip {number} · {seconds} s · {speaker} — {text}</source>
        <translation>Trecho {number} · {seconds} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Recordings and transcripts</source>
        <translation>Gravações e transcrições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>Clips: {clips} · speech: {minutes:.1f} min · speakers: {speakers} · splits: {splits}</source>
        <translation type="vanished">Trechos: {clips} · fala: {minutes:.1f} min · falantes: {speakers} · grupos: {splits}</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>none yet</source>
        <translation>ainda nenhum</translation>
    </message>
    <message>
        <source>This version of MMS Studio cannot make the report yet.</source>
        <translation type="vanished">Esta versão do MMS Studio ainda não consegue fazer o relatório.</translation>
    </message>
    <message>
        <source>{id} · {seconds:.1f} s · {speaker} — {text}</source>
        <translation type="vanished">{id} · {seconds:.1f} s · {speaker} — {text}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>unknown speaker</source>
        <translation>falante desconhecido</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot play this clip</source>
        <translation>Não é possível ouvir este trecho</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+10"/>
        <source>The change was not made</source>
        <translation>A alteração não foi feita</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleted {n} clip(s). Undo with Ctrl+Z.</source>
        <translation>{n} trecho(s) apagado(s). Desfaça com Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import recordings and transcripts</source>
        <translation>Importar gravações e transcrições</translation>
    </message>
    <message>
        <source>Recordings and transcripts (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;All files (*)</source>
        <translation type="vanished">Gravações e transcrições (*.wav *.flac *.mp3 *.ogg *.opus *.m4a *.eaf *.TextGrid *.srt *.vtt *.csv *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import already running</source>
        <translation>Já há uma importação em andamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the current import to finish, or stop it first.</source>
        <translation>Espere a importação atual terminar ou pare-a antes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping after the current clip…</source>
        <translation>Parando após o trecho atual…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped  {where}: {reason}</source>
        <translation>ignorado  {where}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported {source} ({seconds:.1f} s)</source>
        <translation>importado {source} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/evaluation.py" line="+77"/>
        <source>Test clips</source>
        <translation>Trechos de teste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dev clips</source>
        <translation>Trechos de controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eval&amp;uate</source>
        <translation>Ava&amp;liar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Choose an adapter and press Evaluate.</source>
        <translation>Escolha um adaptador e pressione Avaliar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clip</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Greedy CER</source>
        <translation>CER sem LM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LM CER</source>
        <translation>CER com LM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model CER</source>
        <translation>CER do modelo base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the base model writes without training on your recordings: its own adapter for the project&apos;s language (MMS), or its own output, the same for every language (Omnilingual).</source>
        <translation>O que o modelo base escreve sem treinar com suas gravações: o adaptador próprio para o idioma do projeto (MMS), ou sua própria saída, a mesma para todos os idiomas (Omnilingual).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Play clip</source>
        <translation>&amp;Ouvir trecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in &amp;Dataset</source>
        <translation>Verificar em &amp;Dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <location line="+6"/>
        <source>Clips</source>
        <translation>Trechos</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>WER (greedy → LM)</source>
        <translation>WER (sem LM → com LM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CER (greedy → LM)</source>
        <translation>CER (sem LM → com LM)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adapter:</source>
        <translation>Adaptador:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The trained adapter to evaluate</source>
        <translation>O adaptador treinado a avaliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate on the test or the dev clips</source>
        <translation>Avaliar nos trechos de teste ou de controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Avaliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe every clip with and without the language model</source>
        <translation>Transcrever cada trecho com e sem o modelo de linguagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the evaluation</source>
        <translation>Parar a avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation progress</source>
        <translation>Progresso da avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the evaluation is done</source>
        <translation>Quanto da avaliação já foi feito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each clip&apos;s character error rate; click a header to sort</source>
        <translation>A taxa de erro de caracteres de cada trecho; clique em um cabeçalho para ordenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>Diferenças</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference and each hypothesis, wrong characters marked</source>
        <translation>O texto de referência e cada transcrição obtida, com os caracteres errados marcados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play clip</source>
        <translation>Ouvir trecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play the selected clip</source>
        <translation>Ouvir o trecho selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in Dataset</source>
        <translation>Verificar em Dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected clip on the Dataset page to check its transcript</source>
        <translation>Abrir o trecho selecionado na página Dados para verificar a transcrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Falantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error rates per speaker</source>
        <translation>Taxas de erro por falante</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an evaluation</source>
        <translation>uma avaliação</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} clips. Greedy: WER {wer}, CER {cer}.</source>
        <translation>{n} trechos. Sem modelo de linguagem: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the language model: WER {wer}, CER {cer}.</source>
        <translation>Com o modelo de linguagem: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base model, no training: WER {wer}, CER {cer}.</source>
        <translation>Modelo base, sem treinamento: WER {wer}, CER {cer}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Greedy</source>
        <translation>Sem modelo de linguagem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language model</source>
        <translation>Modelo de linguagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That clip is no longer in the dataset.</source>
        <translation>Esse trecho não está mais nos dados.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../mms_studio/gui/shell/guide.py" line="+36"/>
        <source>Getting started — MMS Studio</source>
        <translation>Primeiros passos — MMS Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short guide to MMS Studio, with pictures</source>
        <translation>Um breve guia ilustrado do MMS Studio</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/language.py" line="+61"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation>O código do idioma é fixado quando o projeto é criado; os adaptadores são treinados e nomeados para ele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project name</source>
        <translation>Nome do projeto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project&apos;s name, shown in the window title</source>
        <translation>O nome do projeto, mostrado no título da janela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code</source>
        <translation>Código do idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation>O modelo MMS sobre o qual os adaptadores são treinados (somente leitura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language code:</source>
        <translation>Código do idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the &amp;base model…</source>
        <translation>Escolher o m&amp;odelo base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the base model</source>
        <translation>Escolher o modelo base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the base model or choose a folder that holds it</source>
        <translation>Baixar o modelo base ou escolher uma pasta que o contenha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base model:</source>
        <translation>Modelo base:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation>Ignorar maiúsculas/minús&amp;culas (só se não tiverem significado neste idioma)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra characters to drop, e.g. * # …</source>
        <translation>caracteres a mais a retirar, ex.: * # …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation>pontuação que aqui é uma letra, ex.: &apos; ʼ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation>letras escritas em grupo, ex.: ng ch kp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation>uma por linha: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ignore upper and lower case</source>
        <translation>Ignorar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if case carries no meaning in this language</source>
        <translation>Só se maiúsculas e minúsculas não tiverem significado neste idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters to remove</source>
        <translation>Caracteres a retirar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Punctuation kept as letters</source>
        <translation>Pontuação mantida como letra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multigraphs</source>
        <translation>Multígrafos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacements</source>
        <translation>Substituições</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How transcripts become training text</source>
        <translation>Como as transcrições viram texto de treinamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove:</source>
        <translation>&amp;Retirar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as letters:</source>
        <translation>&amp;Manter como letras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Multigraphs:</source>
        <translation>M&amp;ultígrafos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;placements:</source>
        <translation>Su&amp;bstituições:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type a sentence to see what the model learns</source>
        <translation>digite uma frase para ver o que o modelo aprende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample sentence</source>
        <translation>Frase de exemplo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learned as</source>
        <translation>Aprendido como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample as the recogniser will learn it</source>
        <translation>O exemplo como o reconhecedor vai aprendê-lo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ample:</source>
        <translation>E&amp;xemplo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned as:</source>
        <translation>Aprendido como:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The language settings are not saved yet: {reason} What you typed is kept on the Language page.</source>
        <translation>As configurações do idioma ainda não foram salvas: {reason} O que você digitou continua na página Idioma.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>✓ Saved as you type; Edit › Undo takes a change back.</source>
        <translation>✓ Salvo enquanto você digita; Editar › Desfazer desfaz uma alteração.</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../mms_studio/gui/recording/meter.py" line="+28"/>
        <location line="+30"/>
        <source>silence</source>
        <translation>silêncio</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The microphone&apos;s loudness in decibels; a warning in words shows when it is too loud</source>
        <translation>O volume do microfone em decibéis; um aviso por escrito aparece quando está alto demais</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Input level</source>
        <translation>Nível de entrada</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>⚠ Too loud!</source>
        <translation>⚠ Alto demais!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level ok</source>
        <translation>nível ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiet</source>
        <translation>baixo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mms_studio/gui/main_window.py" line="+109"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribe</source>
        <translation>Transcrever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parts of the project: choose one with the arrow keys, or press Ctrl+1 to Ctrl+5 from anywhere.</source>
        <translation>As partes do projeto: escolha uma com as setas do teclado, ou pressione Ctrl+1 a Ctrl+5 de qualquer lugar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opening the project…</source>
        <translation>Abrindo o projeto…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every change is saved as you make it.</source>
        <translation>Cada alteração é salva assim que você a faz.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{name} ({language}) — MMS Studio</source>
        <translation>{name} ({language}) — MMS Studio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} take(s) cut short by a crash were kept; review them on the Record page</source>
        <translation>Mantivemos {n} tomada(s) interrompida(s) por uma falha; revise-as na página Gravar</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import recordings…</source>
        <translation>&amp;Importar gravações…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;long recording with its transcript…</source>
        <translation>Importar uma gravação &amp;longa com sua transcrição…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Base model and disk space…</source>
        <translation>Modelo &amp;base e espaço em disco…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Show the {page} page</source>
        <translation>Ir para a página {page}</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Aparência</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Getting started</source>
        <translation>Primeiros &amp;passos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir a pasta de &amp;log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About MMS Studio</source>
        <translation>&amp;Sobre o MMS Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma da interface</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the system&apos;s language</source>
        <translation>o idioma do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio will be in {language} after you restart it; until then it stays as it is.</source>
        <translation>O MMS Studio estará em {language} depois que você reiniciá-lo; até lá, continua como está.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>The new interface language shows in full the next time MMS Studio starts.</source>
        <translation type="vanished">O novo idioma da interface aparecerá por completo na próxima vez que o MMS Studio for aberto.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every key combination and what it does</source>
        <translation>Cada combinação de teclas e o que ela faz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About MMS Studio</source>
        <translation>Sobre o MMS Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio {version}. Trains small adapters for Meta&apos;s MMS speech model (facebook/mms-1b-all, licensed CC-BY-NC 4.0: adapters you train inherit that licence). Log file: {log}</source>
        <translation>MMS Studio {version}. Treina pequenos adaptadores para o modelo de fala MMS da Meta (facebook/mms-1b-all, licença CC-BY-NC 4.0: os adaptadores que você treinar herdam essa licença). Arquivo de log: {log}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open project folder</source>
        <translation>Abrir a pasta do projeto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The long recording</source>
        <translation>A gravação longa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.aif *.aiff);;All files (*)</source>
        <translation>Áudio (*.wav *.flac *.mp3 *.ogg *.opus *.aif *.aiff);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its transcript (one utterance a line, or ELAN)</source>
        <translation>A transcrição dela (um enunciado por linha, ou ELAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts (*.txt *.eaf);;All files (*)</source>
        <translation>Transcrições (*.txt *.eaf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a background job</source>
        <translation>uma tarefa em segundo plano</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop and close?</source>
        <translation>Parar e fechar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMS Studio is still busy with: {jobs}. Closing stops it; what is already finished is kept.</source>
        <translation>O MMS Studio ainda está ocupado com: {jobs}. Fechar interrompe o trabalho; o que já terminou é mantido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop and close</source>
        <translation>Parar e fechar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep working</source>
        <translation>Continuar trabalhando</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+78"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Abui stories</source>
        <translation>ex.: Histórias em abui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name</source>
        <translation>Nome do projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name; the project folder is named after it.</source>
        <translation>Qualquer nome; a pasta do projeto recebe esse nome.</translation>
    </message>
    <message>
        <source>ISO 639-3 code, e.g. abz</source>
        <translation type="vanished">código ISO 639-3, ex.: abz</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="vanished">Código do idioma</translation>
    </message>
    <message>
        <source>The language&apos;s ISO 639-3 code (two or three small letters); it cannot be changed later.</source>
        <translation type="vanished">O código ISO 639-3 do idioma (duas ou três letras minúsculas); não pode ser mudado depois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its name or ISO 639-3 code, e.g. Abui or abz</source>
        <translation>O nome ou o código ISO 639-3, ex.: Abui ou abz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the language&apos;s name (in English or in the interface language) or its ISO 639-3 code, then pick it from the list below (Down arrow, then Enter); it cannot be changed later. A variety without a code of its own can use a private-use code, qaa to qtz.</source>
        <translation>Digite o nome do idioma (em inglês ou no idioma da interface) ou o código ISO 639-3 dele e escolha-o na lista abaixo (seta para baixo e depois Enter); ele não poderá ser mudado depois. Uma variedade sem código próprio pode usar um código de uso privado, de qaa a qtz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching languages</source>
        <translation>Idiomas correspondentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages whose name or code matches what you typed; Enter or a click picks one</source>
        <translation>Idiomas cujo nome ou código corresponde ao que você digitou; Enter ou um clique escolhe um</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder that will hold the project; type a path or choose one with the button beside it.</source>
        <translation>A pasta que vai conter o projeto; digite um caminho ou escolha uma com o botão ao lado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose folder</source>
        <translation>Escolher pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder that will hold the project</source>
        <translation>Escolha a pasta que vai conter o projeto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Project &amp;name:</source>
        <translation>&amp;Nome do projeto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Type the language&apos;s name or its ISO 639-3 code and pick it from the list (a variety without a code of its own: qaa to qtz).</source>
        <translation>Digite o nome do idioma ou o código ISO 639-3 dele e escolha-o na lista (uma variedade sem código próprio: de qaa a qtz).</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation type="vanished">Código do &amp;idioma:</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Keep it &amp;in:</source>
        <translation>&amp;Salvar em:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create project</source>
        <translation>Criar projeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the project folder and open it</source>
        <translation>Criar a pasta do projeto e abri-la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without creating a project</source>
        <translation>Fechar sem criar um projeto</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Give the project a name.</source>
        <translation>Dê um nome ao projeto.</translation>
    </message>
    <message>
        <source>Enter the language&apos;s ISO 639-3 code (two or three small letters).</source>
        <translation type="vanished">Digite o código ISO 639-3 do idioma (duas ou três letras minúsculas).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder to keep the project in.</source>
        <translation>Escolha uma pasta onde salvar o projeto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder with this name already exists there; choose another name.</source>
        <translation>Já existe aí uma pasta com este nome; escolha outro nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project will be saved in: {path}</source>
        <translation>O projeto será salvo em: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ {code}: a private-use code, for a variety without a code of its own.</source>
        <translation>✓ {code}: um código de uso privado, para uma variedade sem código próprio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep projects in</source>
        <translation>Salvar os projetos em</translation>
    </message>
</context>
<context>
    <name>OrthographyReport</name>
    <message>
        <location filename="../../mms_studio/gui/orthography_view.py" line="+26"/>
        <source>Orthography report: {clips} transcripts, {units} different units, {problems} things to check.</source>
        <translation>Relatório ortográfico: {clips} transcrições, {units} unidades diferentes, {problems} pontos a verificar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{unit}	×{count}	{description}	e.g. {examples}</source>
        <translation>{unit}	×{count}	{description}	ex.: {examples}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and {n} more</source>
        <translation>… e mais {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Units (most frequent first)</source>
        <translation>Unidades (as mais frequentes primeiro)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>These become the recogniser&apos;s vocabulary.</source>
        <translation>Elas formam o vocabulário do reconhecedor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rare units</source>
        <translation>Unidades raras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used {n} times or fewer: often a typing mistake.</source>
        <translation>Usadas {n} vezes ou menos: muitas vezes um erro de digitação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loose combining marks</source>
        <translation>Diacríticos soltos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mark with no letter before it: check the spacing.</source>
        <translation>Um sinal sem letra antes: verifique os espaços.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the vocabulary</source>
        <translation>Fora do vocabulário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recogniser cannot write these (they become [UNK]).</source>
        <translation>O reconhecedor não consegue escrevê-los (eles viram [UNK]).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by text cleaning</source>
        <translation>Retirados na limpeza do texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punctuation and symbols the recogniser will not learn.</source>
        <translation>Pontuação e símbolos que o reconhecedor não vai aprender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look-alike characters</source>
        <translation>Caracteres parecidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different characters that look the same: pick one.</source>
        <translation>Caracteres diferentes que parecem iguais: escolha um.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{unit}” {description} ×{count} (e.g. {examples})</source>
        <translation>“{unit}” {description} ×{count} (ex.: {examples})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits</source>
        <translation>Algarismos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech has no digits: write numbers as words, the way they are said.</source>
        <translation>A fala não tem algarismos: escreva os números por extenso, como são ditos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words mixing scripts</source>
        <translation>Palavras que misturam escritas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usually a letter typed with the wrong keyboard.</source>
        <translation>Geralmente uma letra digitada com o teclado errado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{word}” in {clip}: {scripts}</source>
        <translation>“{word}” em {clip}: {scripts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in composed (NFC) form</source>
        <translation>Fora da forma composta (NFC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleaned automatically; the original text uses decomposed letters.</source>
        <translation>Limpo automaticamente; o texto original usa letras decompostas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty after cleaning</source>
        <translation>Vazio após a limpeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These transcripts have no letters left: fix or exclude them.</source>
        <translation>Estas transcrições ficaram sem letras: corrija-as ou deixe-as de fora.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/record.py" line="+75"/>
        <location line="+73"/>
        <location line="+336"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>who is speaking (name or code)</source>
        <translation>quem fala (nome ou código)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A text file with one sentence per line</source>
        <translation>Um arquivo de texto com uma frase por linha</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+296"/>
        <source>Free recording</source>
        <translation>Gravação livre</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Record without prompts and type what was said</source>
        <translation>Gravar sem frases para ler e digitar o que foi dito</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Falante:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look for microphones again</source>
        <translation>Procurar microfones de novo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Look for microphones again (after plugging one in)</source>
        <translation>Procurar microfones de novo (depois de conectar um)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Speaker</source>
        <translation>Falante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone the takes are recorded from</source>
        <translation>O microfone usado para gravar as tomadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open prompts…</source>
        <translation>A&amp;brir frases para ler…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free &amp;recording</source>
        <translation>&amp;Gravação livre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microfone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompts:</source>
        <translation>Frases para ler:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>what is said in the take</source>
        <translation>o que é dito na tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcript of the take</source>
        <translation>Transcrição da tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is said in the take; Ctrl+R records, Ctrl+Enter accepts the take.</source>
        <translation>O que é dito na tomada; Ctrl+R grava, Ctrl+Enter aceita a tomada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Play take</source>
        <translation>Ouvir a tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record again</source>
        <translation>Gravar de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept and next</source>
        <translation>Aceitar e próxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording a take; press again to stop</source>
        <translation>Começar a gravar uma tomada; pressione de novo para parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen to the take; press again to stop</source>
        <translation>Ouvir a tomada; pressione de novo para parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this take away and record the sentence again</source>
        <translation>Descartar esta tomada e gravar a frase de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the take and its transcript to the dataset, then show the next sentence</source>
        <translation>Adicionar a tomada e sua transcrição aos dados e mostrar a próxima frase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the previous sentence</source>
        <translation>Voltar à frase anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next sentence without recording</source>
        <translation>Ir para a próxima frase sem gravar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+165"/>
        <source>Press Record (Ctrl+R) and read the sentence.</source>
        <translation>Pressione Gravar (Ctrl+R) e leia a frase.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Review re&amp;covered take</source>
        <translation>Revisar a tomada re&amp;cuperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review recovered take</source>
        <translation>Revisar a tomada recuperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the next take a crash interrupted, to play, transcribe and accept it</source>
        <translation>Carregar a próxima tomada interrompida por uma falha, para ouvir, transcrever e aceitar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Transcript:</source>
        <translation>&amp;Transcrição:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>start or stop recording</source>
        <translation>começar ou parar de gravar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>play or stop the take</source>
        <translation>ouvir ou parar a tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the sentence again</source>
        <translation>gravar a frase de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accept the take and go to the next sentence</source>
        <translation>aceitar a tomada e ir para a próxima frase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip to the next sentence</source>
        <translation>pular para a próxima frase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go back to the previous sentence</source>
        <translation>voltar à frase anterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recording a take</source>
        <translation>gravando uma tomada</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Added “{text}” to the dataset.</source>
        <translation>“{text}” adicionado aos dados.</translation>
    </message>
    <message>
        <source>⚠ No microphone found. Plug one in and come back to this page.</source>
        <translation type="vanished">⚠ Nenhum microfone encontrado. Conecte um e volte a esta página.</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Microphone not changed</source>
        <translation>O microfone não foi mudado</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+263"/>
        <source>Open prompts</source>
        <translation>Abrir frases para ler</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>no microphone found</source>
        <translation>nenhum microfone encontrado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no microphone</source>
        <translation>sem microfone</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>Recording is not possible now: see the message at the top of the page.</source>
        <translation>Não é possível gravar agora: veja a mensagem no alto da página.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use these prompts</source>
        <translation>Não é possível usar estas frases para ler</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All {n} sentences are done.</source>
        <translation>As {n} frases foram concluídas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished! Open another prompts file or record freely.</source>
        <translation>✓ Concluído! Abra outro arquivo de frases ou grave livremente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sentence {i} of {n}</source>
        <translation>Frase {i} de {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say anything, then type what you said below.</source>
        <translation>Diga o que quiser e depois digite abaixo o que disse.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● Recording… press Stop (Ctrl+R) when done.</source>
        <translation>● Gravando… pressione Parar (Ctrl+R) ao terminar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finishing the take…</source>
        <translation>Finalizando a tomada…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>● Recording… {s:.1f} s — press Stop (Ctrl+R) when done.</source>
        <translation>● Gravando… {s:.1f} s — pressione Parar (Ctrl+R) ao terminar.</translation>
    </message>
    <message>
        <source>⚠ The take could not be saved: {error}</source>
        <translation type="vanished">⚠ Não foi possível salvar a tomada: {error}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>✓ Good take ({s:.1f} s). Accept with Ctrl+Enter, or record again.</source>
        <translation>✓ Boa tomada ({s:.1f} s). Aceite com Ctrl+Enter ou grave de novo.</translation>
    </message>
    <message>
        <source>Cannot play the take</source>
        <translation type="vanished">Não é possível ouvir a tomada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type what was said</source>
        <translation>Digite o que foi dito</translation>
    </message>
    <message>
        <source>Type what is said in the take before accepting it.</source>
        <translation type="vanished">Digite o que é dito na tomada antes de aceitá-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The take was not added</source>
        <translation>A tomada não foi adicionada</translation>
    </message>
    <message>
        <source>Added clip {id}.</source>
        <translation type="vanished">Trecho {id} adicionado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ Added. Press Record (Ctrl+R) for the next one.</source>
        <translation>✓ Adicionado. Pressione Gravar (Ctrl+R) para a próxima.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ {n} take(s) were being recorded when MMS Studio stopped unexpectedly; they were kept.</source>
        <translation>⚠ O MMS Studio parou inesperadamente durante a gravação de {n} tomada(s); elas foram mantidas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recovered take {name} ({s:.1f} s): play it, type what is said and accept it.</source>
        <translation>Tomada recuperada {name} ({s:.1f} s): ouça, digite o que é dito e aceite.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/review.py" line="+66"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open recording…</source>
        <translation>Abrir &amp;gravação…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open recording</source>
        <translation>Abrir gravação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a long recording to cut into clips</source>
        <translation>Escolher uma gravação longa para cortar em trechos</translation>
    </message>
    <message>
        <source>&amp;Find speech</source>
        <translation type="vanished">&amp;Detectar a fala</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+163"/>
        <source>Find speech</source>
        <translation>Detectar a fala</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Cut the recording into segments at the speaker&apos;s pauses (no transcript needed)</source>
        <translation>Cortar a gravação em segmentos nas pausas do falante (não precisa de transcrição)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Align a transcript…</source>
        <translation>A&amp;linhar uma transcrição…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+171"/>
        <source>Align a transcript</source>
        <translation>Alinhar uma transcrição</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Give each line of the recording&apos;s transcript its place in the recording</source>
        <translation>Colocar cada linha da transcrição no lugar certo da gravação</translation>
    </message>
    <message>
        <source>Send &amp;accepted to the dataset</source>
        <translation type="vanished">Enviar os a&amp;ceitos aos dados</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Find s&amp;peech</source>
        <translation>&amp;Detectar a fala</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send accepted to the &amp;dataset</source>
        <translation>Enviar os a&amp;ceitos aos dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Send accepted to the dataset</source>
        <translation>Enviar os aceitos aos dados</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Add every accepted segment to the dataset as a clip (Ctrl+Enter)</source>
        <translation>Adicionar cada segmento aceito aos dados como trecho (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the running job</source>
        <translation>Parar a tarefa em andamento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a long recording, then find its speech or align its transcript.</source>
        <translation>Abra uma gravação longa e depois detecte a fala ou alinhe a transcrição.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How far the running job is</source>
        <translation>Quanto da tarefa em andamento já foi feito</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each segment with its times, review status, score and text. Space plays, A accepts, R rejects, S splits, M merges with the next, F2 edits the text.</source>
        <translation>Cada segmento com seus tempos, situação da revisão, pontuação e texto. Espaço toca, A aceita, R rejeita, S divide, M junta com o próximo, F2 edita o texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Space play · A accept · R reject · S split · M merge · Alt+←/→ move start · Alt+Shift+←/→ move end · F2 edit text · Ctrl+Z undo</source>
        <translation>Espaço tocar · A aceitar · R rejeitar · S dividir · M juntar · Alt+←/→ mover o início · Alt+Shift+←/→ mover o fim · F2 editar o texto · Ctrl+Z desfazer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Play the segment</source>
        <translation>Tocar o segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the segment</source>
        <translation>Aceitar o segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the segment</source>
        <translation>Rejeitar o segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the segment in two</source>
        <translation>Dividir o segmento em dois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the segment with the next</source>
        <translation>Juntar o segmento com o próximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the start earlier</source>
        <translation>Adiantar o início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the start later</source>
        <translation>Atrasar o início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end earlier</source>
        <translation>Adiantar o fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end later</source>
        <translation>Atrasar o fim</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reviewing a recording</source>
        <translation>revisão de uma gravação</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong; the log has the details.</source>
        <translation>Algo deu errado; os detalhes estão no log.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a long recording</source>
        <translation>Abrir uma gravação longa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}: {minutes:.1f} minutes</source>
        <translation>{name}: {minutes:.1f} minutos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The recording&apos;s transcript</source>
        <translation>A transcrição da gravação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcripts (*.txt *.eaf);;All files (*)</source>
        <translation>Transcrições (*.txt *.eaf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{added} clip(s) added to the dataset; {there} were already there.</source>
        <translation>{added} trecho(s) adicionado(s) aos dados; {there} já estavam lá.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>to review</source>
        <translation>a revisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accepted</source>
        <translation>aceito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{count} segment(s) to review.</source>
        <translation>{count} segmento(s) a revisar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accept a segment</source>
        <translation>Aceitar um segmento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject a segment</source>
        <translation>Rejeitar um segmento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split a segment</source>
        <translation>Dividir um segmento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge two segments</source>
        <translation>Juntar dois segmentos</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Move a segment&apos;s edge</source>
        <translation>Mover a borda de um segmento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit a segment&apos;s text</source>
        <translation>Editar o texto de um segmento</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation type="vanished">Idioma</translation>
    </message>
    <message>
        <source>The language code is fixed when the project is made; adapters are trained and named for it.</source>
        <translation type="vanished">O código do idioma é fixado quando o projeto é criado; os adaptadores são treinados e nomeados para ele.</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="vanished">Nome do projeto</translation>
    </message>
    <message>
        <source>The project&apos;s name, shown in the window title</source>
        <translation type="vanished">O nome do projeto, mostrado no título da janela</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="vanished">Código do idioma</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="vanished">Modelo base</translation>
    </message>
    <message>
        <source>The MMS model the adapters are trained on (read only)</source>
        <translation type="vanished">O modelo MMS sobre o qual os adaptadores são treinados (somente leitura)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="vanished">Projeto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="vanished">&amp;Nome:</translation>
    </message>
    <message>
        <source>Language code:</source>
        <translation type="vanished">Código do idioma:</translation>
    </message>
    <message>
        <source>Choose the &amp;base model…</source>
        <translation type="vanished">Escolher o m&amp;odelo base…</translation>
    </message>
    <message>
        <source>Choose the base model</source>
        <translation type="vanished">Escolher o modelo base</translation>
    </message>
    <message>
        <source>Download the base model or choose a folder that holds it</source>
        <translation type="vanished">Baixar o modelo base ou escolher uma pasta que o contenha</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation type="vanished">Modelo base:</translation>
    </message>
    <message>
        <source>Ignore upper/lower &amp;case (only if case carries no meaning in this language)</source>
        <translation type="vanished">Ignorar maiúsculas/minús&amp;culas (só se não tiverem significado neste idioma)</translation>
    </message>
    <message>
        <source>extra characters to drop, e.g. * # …</source>
        <translation type="vanished">caracteres a mais a retirar, ex.: * # …</translation>
    </message>
    <message>
        <source>punctuation that is a letter here, e.g. &apos; ʼ</source>
        <translation type="vanished">pontuação que aqui é uma letra, ex.: &apos; ʼ</translation>
    </message>
    <message>
        <source>letters written as a group, e.g. ng ch kp</source>
        <translation type="vanished">letras escritas em grupo, ex.: ng ch kp</translation>
    </message>
    <message>
        <source>one per line: ’ -&gt; ʼ</source>
        <translation type="vanished">uma por linha: ’ -&gt; ʼ</translation>
    </message>
    <message>
        <source>Ignore upper and lower case</source>
        <translation type="vanished">Ignorar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>Only if case carries no meaning in this language</source>
        <translation type="vanished">Só se maiúsculas e minúsculas não tiverem significado neste idioma</translation>
    </message>
    <message>
        <source>Characters to remove</source>
        <translation type="vanished">Caracteres a retirar</translation>
    </message>
    <message>
        <source>Punctuation kept as letters</source>
        <translation type="vanished">Pontuação mantida como letra</translation>
    </message>
    <message>
        <source>Multigraphs</source>
        <translation type="vanished">Multígrafos</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation type="vanished">Substituições</translation>
    </message>
    <message>
        <source>How transcripts become training text</source>
        <translation type="vanished">Como as transcrições viram texto de treinamento</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation type="vanished">&amp;Retirar:</translation>
    </message>
    <message>
        <source>&amp;Keep as letters:</source>
        <translation type="vanished">&amp;Manter como letras:</translation>
    </message>
    <message>
        <source>&amp;Multigraphs:</source>
        <translation type="vanished">M&amp;ultígrafos:</translation>
    </message>
    <message>
        <source>Re&amp;placements:</source>
        <translation type="vanished">Su&amp;bstituições:</translation>
    </message>
    <message>
        <source>S&amp;ample:</source>
        <translation type="vanished">E&amp;xemplo:</translation>
    </message>
    <message>
        <source>type a sentence to see what the model learns</source>
        <translation type="vanished">digite uma frase para ver o que o modelo aprende</translation>
    </message>
    <message>
        <source>Sample sentence</source>
        <translation type="vanished">Frase de exemplo</translation>
    </message>
    <message>
        <source>Learned as</source>
        <translation type="vanished">Aprendido como</translation>
    </message>
    <message>
        <source>The sample as the recogniser will learn it</source>
        <translation type="vanished">O exemplo como o reconhecedor vai aprendê-lo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">Prévia</translation>
    </message>
    <message>
        <source>Learned as:</source>
        <translation type="vanished">Aprendido como:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="vanished">&amp;Salvar as configurações</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="vanished">Salvar as configurações</translation>
    </message>
    <message>
        <source>Keep these rules for training and scoring</source>
        <translation type="vanished">Salvar estas regras para o treinamento e a avaliação</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="vanished">As configurações não foram salvas</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation type="vanished">✓ Salvo.</translation>
    </message>
</context>
<context>
    <name>SoundNotice</name>
    <message>
        <location filename="../../mms_studio/gui/sound_notice.py" line="+88"/>
        <source>Sound devices</source>
        <translation>Dispositivos de som</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Look for sound devices again</source>
        <translation>Procurar de novo os dispositivos de som</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After plugging in a microphone, speakers or a headset</source>
        <translation>Depois de conectar um microfone, alto-falantes ou fones de ouvido</translation>
    </message>
</context>
<context>
    <name>TextsPanel</name>
    <message>
        <location filename="../../mms_studio/gui/texts/panel.py" line="+35"/>
        <source>Texts of the language (language model)</source>
        <translation>Textos do idioma (modelo de linguagem)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;texts…</source>
        <translation>Adicionar &amp;textos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Remove text</source>
        <translation>Retirar o texto</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Also learn from the project&apos;s transcripts</source>
        <translation>Aprender também com as transcrições do projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out sentences of dev and test clips</source>
        <translation>Deixar de fora as frases dos trechos de controle e de teste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names and places the recogniser should favour, separated by commas</source>
        <translation>nomes e lugares que o reconhecedor deve preferir, separados por vírgulas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build language m&amp;odel</source>
        <translation>Criar o modelo de &amp;linguagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Hot&amp;words:</source>
        <translation>Palavras &amp;prioritárias:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The texts the language model learns from</source>
        <translation>Os textos com os quais o modelo de linguagem aprende</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Add texts</source>
        <translation>Adicionar textos</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Add plain-text, ELAN or TextGrid files of the language</source>
        <translation>Adicionar arquivos do idioma em texto simples, ELAN ou TextGrid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected text</source>
        <translation>Retirar o texto selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use transcripts</source>
        <translation>Usar as transcrições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn from the training clips&apos; transcripts too</source>
        <translation>Aprender também com as transcrições dos trechos de treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out test sentences</source>
        <translation>Deixar de fora as frases de teste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences that are dev or test clip transcripts would flatter the figures</source>
        <translation>Frases que são transcrições de trechos de controle ou de teste deixariam os resultados melhores do que são</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotwords</source>
        <translation>Palavras prioritárias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build language model</source>
        <translation>Criar o modelo de linguagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build the language model and tune it for the newest adapter</source>
        <translation>Criar o modelo de linguagem e ajustá-lo para o adaptador mais recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop building</source>
        <translation>Parar a criação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How much of the build is done</source>
        <translation>Quanto da criação já foi feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the texts hold and what the adapter cannot spell</source>
        <translation>O que os textos contêm e o que o adaptador não sabe escrever</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} — {sentences} sentences, {words} words</source>
        <translation>{name} — {sentences} frases, {words} palavras</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language model: {what}.</source>
        <translation>Modelo de linguagem: {what}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No language model yet.</source>
        <translation>Ainda não há modelo de linguagem.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>building a language model</source>
        <translation>criação de um modelo de linguagem</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{n} text(s) added; build the language model to use them.</source>
        <translation>{n} texto(s) adicionado(s); crie o modelo de linguagem para usá-los.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../mms_studio/gui/review/timeline.py" line="+29"/>
        <source>Recording and its segments</source>
        <translation>A gravação e seus segmentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The waveform of the whole recording with one shaded region per segment; drag a region&apos;s edge to move it</source>
        <translation>A forma de onda da gravação inteira, com uma área sombreada por segmento; arraste a borda de uma área para movê-la</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/train.py" line="+86"/>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking this computer…</source>
        <translation>Verificando este computador…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training preset</source>
        <translation>Predefinição de treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long and how hard to train; the suggestion suits this computer</source>
        <translation>Quanto tempo e com que intensidade treinar; a sugestão é adequada a este computador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Advanced settings</source>
        <translation>&amp;Configurações avançadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced settings</source>
        <translation>Configurações avançadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the number of steps, the learning rate and the batch size</source>
        <translation>Mostrar ou ocultar o número de passos, a taxa de aprendizado e o tamanho do lote</translation>
    </message>
    <message>
        <source>from the preset</source>
        <translation type="vanished">da predefinição</translation>
    </message>
    <message>
        <source>recipe default (0.001)</source>
        <translation type="vanished">valor padrão (0.001)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fit to memory</source>
        <translation>ajustar à memória</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps</source>
        <translation>Passos de treinamento</translation>
    </message>
    <message>
        <source>How many steps to train; 0 takes the number from the preset</source>
        <translation type="vanished">Quantos passos treinar; 0 usa o número da predefinição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check on dev clips every</source>
        <translation>Verificar nos trechos de controle a cada</translation>
    </message>
    <message>
        <source>How many steps between checks on the dev clips; 0 takes it from the preset</source>
        <translation type="vanished">Quantos passos entre as verificações nos trechos de controle; 0 usa o valor da predefinição</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>How big each training step is; 0 keeps the recipe&apos;s default</source>
        <translation type="vanished">O tamanho de cada passo de treinamento; 0 mantém o valor padrão</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>How many steps to train; choosing a preset sets its number</source>
        <translation>Quantos passos de treinamento; escolher uma predefinição define esse número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many steps between checks on the dev clips; choosing a preset sets its number</source>
        <translation>Quantos passos entre verificações nos trechos de controle; escolher uma predefinição define esse número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How big each training step is; 0.001 is the MMS recipe&apos;s</source>
        <translation>O tamanho de cada passo de treinamento; 0.001 é o valor da receita do MMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per batch</source>
        <translation>Segundos de áudio por lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much audio each step sees; 0 fits it to this computer&apos;s memory</source>
        <translation>Quanto áudio cada passo vê; 0 ajusta à memória deste computador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trai&amp;ning steps:</source>
        <translation>Pa&amp;ssos de treinamento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check on dev clips every:</source>
        <translation>Verificar nos trechos de contr&amp;ole a cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Learning rate:</source>
        <translation>Ta&amp;xa de aprendizado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio seconds per &amp;batch:</source>
        <translation>Segundos de áudio por &amp;lote:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Start training</source>
        <translation>Iniciar o &amp;treinamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop; the progress is saved and can be resumed</source>
        <translation>Parar; o progresso é salvo e pode ser retomado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resume stopped run</source>
        <translation>&amp;Retomar treinamento interrompido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start training</source>
        <translation>Iniciar o treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a new adapter on the clips of this project</source>
        <translation>Treinar um novo adaptador com os trechos deste projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume stopped run</source>
        <translation>Retomar treinamento interrompido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the last stopped training run from where it stopped</source>
        <translation>Continuar o último treinamento interrompido de onde parou</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preset:</source>
        <translation>Pre&amp;definição:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training progress</source>
        <translation>Progresso do treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the training run is done</source>
        <translation>Quanto do treinamento já foi feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not running.</source>
        <translation>Nenhum treinamento em andamento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loss and error-rate curves appear here while training.</source>
        <translation>As curvas de perda e de taxa de erro aparecem aqui durante o treinamento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training log</source>
        <translation>Log do treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step&apos;s loss and each check&apos;s error rates, in words</source>
        <translation>A perda de cada passo e as taxas de erro de cada verificação, por extenso</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Training needs the base model, which is not on this computer yet.</source>
        <translation>O treinamento precisa do modelo base, que ainda não está neste computador.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>step {step}: dev loss {loss}, WER {wer}, CER {cer}</source>
        <translation>passo {step}: perda de controle {loss}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step {step}: loss {loss}</source>
        <translation>passo {step}: perda {loss}</translation>
    </message>
    <message>
        <source>Adapter library</source>
        <translation type="vanished">Biblioteca de adaptadores</translation>
    </message>
    <message>
        <source>The adapters trained in this project with their error rates on the dev clips</source>
        <translation type="vanished">Os adaptadores treinados neste projeto com suas taxas de erro nos trechos de controle</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="vanished">Adaptador</translation>
    </message>
    <message>
        <source>Dev CER</source>
        <translation type="vanished">CER controle</translation>
    </message>
    <message>
        <source>Dev WER</source>
        <translation type="vanished">WER controle</translation>
    </message>
    <message>
        <source>Base model&apos;s CER</source>
        <translation type="vanished">CER do modelo base</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="vanished">Passos</translation>
    </message>
    <message>
        <source>The same dev clips transcribed by the base model&apos;s own adapter for this language, when it has one (— when it has none)</source>
        <translation type="vanished">Os mesmos trechos de controle transcritos pelo adaptador próprio do modelo base para este idioma, quando houver (— quando não houver)</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Adapter library (this project)</source>
        <translation>Biblioteca de adaptadores (este projeto)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not check this computer&apos;s hardware.</source>
        <translation>Não foi possível verificar o hardware deste computador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>training an adapter</source>
        <translation>treinamento de um adaptador</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quick try ({steps} steps)</source>
        <translation>Teste rápido ({steps} passos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard ({steps} steps)</source>
        <translation>Padrão ({steps} passos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thorough ({steps} steps, for a graphics card)</source>
        <translation>Completo ({steps} passos, para placa de vídeo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({steps} steps)</source>
        <translation>{name} ({steps} passos)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Graphics card: {name} ({memory} GB).</source>
        <translation>Placa de vídeo: {name} ({memory} GB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), whose bf16 units make it faster. Start with a quick try.</source>
        <translation>Nenhuma placa de vídeo encontrada: o treinamento roda no processador ({memory} GB de memória), cujas unidades bf16 o tornam mais rápido. Comece com um teste rápido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No graphics card found: training runs on the processor ({memory} GB memory), which has no bf16 units, so training is 2 to 3 times slower than on processors with them. Start with a quick try.</source>
        <translation>Nenhuma placa de vídeo encontrada: o treinamento roda no processador ({memory} GB de memória), que não tem unidades bf16, então o treinamento é de 2 a 3 vezes mais lento do que em processadores que as têm. Comece com um teste rápido.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing to resume</source>
        <translation>Nada para retomar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no stopped training run to continue.</source>
        <translation>Não há nenhum treinamento interrompido para continuar.</translation>
    </message>
    <message>
        <source>Resuming {run}</source>
        <translation type="vanished">Retomando {run}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Starting a new training run.</source>
        <translation>Iniciando um novo treinamento.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the current step; progress is saved…</source>
        <translation>Parando após o passo atual; o progresso é salvo…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>time left: {eta}</source>
        <translation>tempo restante: {eta}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} clip(s) left out (too long, or too short for their transcript).</source>
        <translation>{n} trecho(s) deixado(s) de fora (longo demais, ou curto demais para a transcrição).</translation>
    </message>
    <message>
        <source>step {step}: dev loss {loss:.3f}, WER {wer}, CER {cer}</source>
        <translation type="vanished">passo {step}: perda de controle {loss:.3f}, WER {wer}, CER {cer}</translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.3f}</source>
        <translation type="vanished">passo {step}: perda {loss:.3f}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own adapter: CER {base}.</source>
        <translation>Concluído: adaptador {name}, CER de controle {cer}; adaptador próprio do modelo base: CER {base}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished: adapter {name}, dev CER {cer}; the base model&apos;s own output (zero-shot): CER {base}.</source>
        <translation>Concluído: adaptador {name}, CER de controle {cer}; saída própria do modelo base (sem treinamento): CER {base}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished: adapter {name}, dev CER {cer}.</source>
        <translation>Concluído: adaptador {name}, CER de controle {cer}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Finished. The adapter is in the library below and on the Transcribe page.</source>
        <translation>✓ Concluído. O adaptador está na biblioteca abaixo e na página Transcrever.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. {reason}</source>
        <translation>Parado. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training could not run</source>
        <translation>Não foi possível fazer o treinamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Training failed unexpectedly; see the log file.</source>
        <translation>⚠ O treinamento falhou inesperadamente; veja o arquivo de log.</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <location filename="../../mms_studio/gui/plots/curves.py" line="+33"/>
        <source>Loss (lower is better)</source>
        <translation>Perda (quanto menor, melhor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rates on dev clips (%)</source>
        <translation>Taxas de erro nos trechos de controle (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training curves</source>
        <translation>Curvas de treinamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss and error rates by training step; the training log beside it has the same numbers in words</source>
        <translation>Perda e taxas de erro por passo de treinamento; o log do treinamento ao lado tem os mesmos números por extenso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step</source>
        <translation>passo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training</source>
        <translation>treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dev</source>
        <translation>controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WER (words)</source>
        <translation>WER (palavras)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CER (characters)</source>
        <translation>CER (caracteres)</translation>
    </message>
</context>
<context>
    <name>TranscribePage</name>
    <message>
        <location filename="../../mms_studio/gui/pages/transcribe.py" line="+75"/>
        <location line="+27"/>
        <source>Transcribe</source>
        <translation>Transcrever</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Open audio…</source>
        <translation>A&amp;brir áudio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+240"/>
        <source>Record</source>
        <translation>Gravar</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Record something to transcribe</source>
        <translation>Gravar algo para transcrever</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adapter</source>
        <translation>Adaptador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Transcribe</source>
        <translation>&amp;Transcrever</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Drop a recording here, open one, or record.</source>
        <translation>Arraste uma gravação até aqui, abra uma ou grave.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shaded and underlined words are the ones the model is least sure of. Click a word to hear it.</source>
        <translation>As palavras sombreadas e sublinhadas são as menos seguras para o modelo. Clique em uma palavra para ouvi-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments, least confident first</source>
        <translation>Segmentos, os menos seguros primeiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (edit to correct)</source>
        <translation>Texto (edite para corrigir)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add checked segments to the dataset</source>
        <translation>A&amp;dicionar os segmentos marcados aos dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected segments become training clips; train again to improve the recogniser</source>
        <translation>Os segmentos corrigidos viram trechos de treinamento; treine de novo para melhorar o reconhecedor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>transcribing</source>
        <translation>transcrevendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>gravando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click a word</source>
        <translation>Clicar em uma palavra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that word</source>
        <translation>ouvir essa palavra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a segment</source>
        <translation>Clicar duas vezes em um segmento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hear that segment</source>
        <translation>ouvir esse segmento</translation>
    </message>
    <message>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation type="vanished">Adaptador {lang} próprio do modelo base (se houver)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export as {format}</source>
        <translation>Exportar como {format}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>greedy</source>
        <translation>sem modelo de linguagem</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>✓ added to the dataset</source>
        <translation>✓ adicionado aos dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✎ corrected</source>
        <translation>✎ corrigido</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Save the transcript as {format}</source>
        <translation>Salvar a transcrição como {format}</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Open audio</source>
        <translation>Abrir áudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a recording to transcribe</source>
        <translation>Escolher uma gravação para transcrever</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+240"/>
        <source>&amp;Record</source>
        <translation>&amp;Gravar</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>The trained adapter that writes the transcript</source>
        <translation>O adaptador treinado que escreve a transcrição</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a transcript of the recording with the chosen adapter</source>
        <translation>Escrever a transcrição da gravação com o adaptador escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop transcribing; the segments already done are kept</source>
        <translation>Parar a transcrição; os segmentos já prontos são mantidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dapter:</source>
        <translation>Adaptado&amp;r:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The transcript word by word; words the model is unsure of are underlined and shaded. Tab moves between words, Enter plays the word.</source>
        <translation>A transcrição palavra por palavra; as palavras de que o modelo não tem certeza ficam sublinhadas e sombreadas. Tab passa de uma palavra a outra, Enter toca a palavra.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each segment with its confidence in words; F2 corrects the text, Space ticks Add, Ctrl+Space plays the segment.</source>
        <translation>Cada segmento com sua confiança por extenso; F2 corrige o texto, Espaço marca Adicionar, Ctrl+Space toca o segmento.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add checked segments to the dataset</source>
        <translation>Adicionar os segmentos marcados aos dados</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Transcription progress</source>
        <translation>Progresso da transcrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the recording is transcribed</source>
        <translation>Quanto da gravação já foi transcrito</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>hear the selected segment</source>
        <translation>ouvir o segmento selecionado</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open a recording</source>
        <translation>Abrir uma gravação</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;All files (*)</source>
        <translation type="vanished">Áudio (*.wav *.flac *.mp3 *.ogg *.opus *.m4a);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot use this recording</source>
        <translation>Não é possível usar esta gravação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} — {seconds:.1f} s</source>
        <translation>{name} — {seconds:.1f} s</translation>
    </message>
    <message>
        <source>Cannot record</source>
        <translation type="vanished">Não é possível gravar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop &amp;recording</source>
        <translation>Parar a &amp;gravação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop recording</source>
        <translation>Parar a gravação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Recording… press Stop recording when done.</source>
        <translation>● Gravando… pressione Parar a gravação quando terminar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finishing the take…</source>
        <translation>Finalizando a tomada…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>● Recording… {s:.1f} s — press Stop recording when done.</source>
        <translation>● Gravando… {s:.1f} s — pressione Parar a gravação quando terminar.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Transcribing needs the base model, which is not on this computer yet.</source>
        <translation>A transcrição precisa do modelo base, que ainda não está neste computador.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{n} segment(s) so far…</source>
        <translation>{n} segmento(s) até agora…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transcription could not run</source>
        <translation>Não foi possível fazer a transcrição</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was recognised. Type what is said in the row below and add it to the dataset: that is how the recogniser learns.</source>
        <translation>Nada foi reconhecido. Digite o que é dito na linha abaixo e adicione aos dados: é assim que o reconhecedor aprende.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} segment(s). Correct the least confident ones first, then add them to the dataset.</source>
        <translation>{n} segmento(s). Corrija primeiro os menos seguros e depois adicione-os aos dados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decoder: {decoder}.</source>
        <translation>Decodificador: {decoder}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— nothing recognised</source>
        <translation>— nada reconhecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ⚠ low</source>
        <translation> ⚠ baixa</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;i&gt;(nothing recognised: type what is said in the table below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(nada reconhecido: digite o que é dito na tabela abaixo)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(no speech found)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(nenhuma fala encontrada)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation type="vanished">Não é possível ouvir</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{at}: type what is said first.</source>
        <translation>{at}: digite primeiro o que é dito.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some segments were not added</source>
        <translation>Alguns segmentos não foram adicionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {n} clip(s) to the dataset. Train again to improve the recogniser.</source>
        <translation>{n} trecho(s) adicionado(s) aos dados. Treine de novo para melhorar o reconhecedor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export transcript</source>
        <translation>Exportar a transcrição</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>Salvo: {path}</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../mms_studio/gui/plots/waveform.py" line="+55"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape of the sound over time, in seconds</source>
        <translation>A forma do som ao longo do tempo, em segundos</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../mms_studio/gui/welcome.py" line="+33"/>
        <source>Welcome — MMS Studio</source>
        <translation>Boas-vindas — MMS Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MMS Studio</source>
        <translation>MMS Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn your community&apos;s recordings into a speech recogniser for your language.</source>
        <translation>Transforme as gravações da sua comunidade em um reconhecedor de fala para o seu idioma.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a project for a language: a name, the language code and a folder (Ctrl+N)</source>
        <translation>Começar um projeto para um idioma: um nome, o código do idioma e uma pasta (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project folder made earlier (Ctrl+O)</source>
        <translation>Abrir uma pasta de projeto criada antes (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try a &amp;demo project</source>
        <translation>Experimentar um projeto de &amp;demonstração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try a demo project</source>
        <translation>Experimentar um projeto de demonstração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a small project in a made-up language with a tiny model trained on it, to look around without downloading anything (about a minute)</source>
        <translation>Criar um pequeno projeto em um idioma inventado, com um modelo minúsculo treinado nele, para explorar sem baixar nada (cerca de um minuto)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo progress</source>
        <translation>Progresso da demonstração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far making the demo project has come</source>
        <translation>Quanto da criação do projeto de demonstração já foi feito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop making the demo</source>
        <translation>Parar a criação da demonstração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop making the demo project; what was made stays in its folder</source>
        <translation>Parar a criação do projeto de demonstração; o que foi criado fica na pasta dele</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects opened before; press Enter to open the selected one.</source>
        <translation>Projetos abertos antes; pressione Enter para abrir o selecionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects you open will be listed here.</source>
        <translation>Os projetos que você abrir aparecem aqui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent projects</source>
        <translation>Projetos &amp;recentes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open project folder</source>
        <translation>Abrir a pasta do projeto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Making the demo project in {path}…</source>
        <translation>Criando o projeto de demonstração em {path}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo project is ready.</source>
        <translation>O projeto de demonstração está pronto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopped. What was made is still in its folder.</source>
        <translation>Parado. O que foi criado continua na pasta dele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo project could not be made</source>
        <translation>Não foi possível criar o projeto de demonstração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the demo failed unexpectedly; see the log file.</source>
        <translation>A criação da demonstração falhou inesperadamente; veja o arquivo de log.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mms_studio/gui/core_messages.py" line="+23"/>
        <source>No sound system was found on this computer, so recording and playback are unavailable. Install PortAudio (see the README), then restart MMS Studio.</source>
        <extracomment>Every template a core job or workflow sends; tests/gui/test_core_messages.py checks the sources against this list.</extracomment>
        <translation>Nenhum sistema de som foi encontrado neste computador, então não é possível gravar nem tocar. Instale o PortAudio (veja o README) e reinicie o MMS Studio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of sound devices could not be read. Check that the sound system is running, then look for sound devices again.</source>
        <translation>Não foi possível ler a lista de dispositivos de som. Verifique se o sistema de som está funcionando e procure de novo os dispositivos de som.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound card was found: recording and playback are unavailable. Plug in a microphone and speakers or a headset, then press “Look for sound devices again”.</source>
        <translation>Nenhuma placa de som foi encontrada: não é possível gravar nem tocar. Conecte um microfone e alto-falantes ou fones de ouvido e pressione “Procurar de novo os dispositivos de som”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No microphone was found, so nothing can be recorded. Plug one in, then press “Look for sound devices again”.</source>
        <translation>Nenhum microfone foi encontrado, então nada pode ser gravado. Conecte um e pressione “Procurar de novo os dispositivos de som”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speakers or headphones were found, so nothing can be played. Plug some in, then press “Look for sound devices again”.</source>
        <translation>Nenhum alto-falante ou fone de ouvido foi encontrado, então nada pode ser tocado. Conecte um e pressione “Procurar de novo os dispositivos de som”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone “{name}” could not be opened; the previous one is still in use.</source>
        <translation>Não foi possível abrir o microfone “{name}”; o anterior continua em uso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone “{name}” could not be started; the previous one is still in use.</source>
        <translation>Não foi possível iniciar o microfone “{name}”; o anterior continua em uso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sound could not be played: no speakers or headphones answered. Plug some in, then press “Look for sound devices again”.</source>
        <translation>Não foi possível tocar o som: nenhum alto-falante ou fone de ouvido respondeu. Conecte um e pressione “Procurar de novo os dispositivos de som”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is too short: say the whole sentence after pressing record.</source>
        <translation>A tomada é curta demais: diga a frase inteira depois de pressionar Gravar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is longer than {seconds:.0f} seconds: split it into shorter sentences.</source>
        <translation>A tomada tem mais de {seconds:.0f} segundos: divida-a em frases mais curtas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is very quiet: speak closer to the microphone or raise its input level.</source>
        <translation>A tomada está muito baixa: fale mais perto do microfone ou aumente o nível de entrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take is distorted (too loud): move back from the microphone or lower its input level.</source>
        <translation>A tomada está distorcida (alta demais): afaste-se do microfone ou diminua o nível de entrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The take {name} could not be read; it is kept in the project&apos;s recordings folder.</source>
        <translation>Não foi possível ler a tomada {name}; ela fica guardada na pasta de gravações do projeto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what is said in the take before accepting it.</source>
        <translation>Digite o que é dito na tomada antes de aceitá-la.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A take is already being recorded.</source>
        <translation>Uma tomada já está sendo gravada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The take could not be saved in {folder} ({reason}).</source>
        <translation>Não foi possível salvar a tomada em {folder} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The take could not be saved: {reason}</source>
        <translation>Não foi possível salvar a tomada: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing training, dev and test clips (speakers kept apart)…</source>
        <translation>Escolhendo os trechos de treinamento, de controle e de teste (falantes separados)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the base model…</source>
        <translation>Carregando o modelo base…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the base model for this computer (once)…</source>
        <translation>Preparando o modelo base para este computador (uma única vez)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing with the baseline “{baseline}”…</source>
        <translation>Transcrevendo com a referência “{baseline}”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading the base model {base} (about 4 GB, resumable)…</source>
        <translation>Baixando o modelo base {base} (cerca de 4 GB, pode ser retomado)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the downloaded base model…</source>
        <translation>Verificando o modelo base baixado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing…</source>
        <translation>Transcrevendo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding speech…</source>
        <translation>Detectando a fala…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding speech in {name} ({n} of {total})…</source>
        <translation>Detectando a fala em {name} ({n} de {total})…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transcribing {speech} of speech ({skipped} of silence skipped)…</source>
        <translation>Transcrevendo {speech} de fala ({skipped} de silêncio pulados)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening to the recording…</source>
        <translation>Ouvindo a gravação…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligning the transcript…</source>
        <translation>Alinhando a transcrição…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the aligned lines to the project…</source>
        <translation>Adicionando as linhas alinhadas ao projeto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding {count} clip(s)…</source>
        <translation>Adicionando {count} trecho(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut from {name} by speech detection; it needs its transcript.</source>
        <translation>Cortado de {name} pela detecção de fala; precisa da transcrição.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech that is not in the transcript follows this line; check where the line ends.</source>
        <translation>Depois desta linha há fala que não está na transcrição; verifique onde a linha termina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speech that is not in the transcript comes before this line; check where it starts.</source>
        <translation>Antes desta linha há fala que não está na transcrição; verifique onde ela começa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alignment of this line is doubtful (score {score}); check its times and its text.</source>
        <translation>O alinhamento desta linha é duvidoso (pontuação {score}); verifique os tempos e o texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted on the Review page without a transcript; type what is said.</source>
        <translation>Aceito na página Revisão sem transcrição; digite o que é dito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating…</source>
        <translation>Avaliando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting {count} clip(s)…</source>
        <translation>Exportando {count} trecho(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} clip(s) to {folder}.</source>
        <translation>{count} trecho(s) exportado(s) para {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading {name}…</source>
        <translation>Lendo {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {count} clip(s)…</source>
        <translation>Importando {count} trecho(s)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {imported} clip(s); skipped {skipped}.</source>
        <translation>{imported} trecho(s) importado(s); {skipped} ignorado(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {step}: dev CER {cer:.1%}, WER {wer:.1%}</source>
        <translation>Passo {step}: CER de controle {cer:.1%}, WER {wer:.1%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter…</source>
        <translation>Treinando o adaptador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training the adapter (recomputing activations to fit in memory)…</source>
        <translation>Treinando o adaptador (recalculando para caber na memória)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early: dev CER has not improved for {count} evaluations.</source>
        <translation>Interrompido antes: o CER de controle não melhorou em {count} avaliações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dev clips yet: clip {clip} is kept aside to measure progress.</source>
        <translation>Ainda não há trechos de controle: o trecho {clip} fica separado para medir o progresso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with the base model&apos;s own adapter for this language…</source>
        <translation>Comparando com o adaptador próprio do modelo base para este idioma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing with what the base model writes on its own (zero-shot)…</source>
        <translation>Comparando com o que o modelo base escreve sozinho (sem treinamento)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resuming {run} with its own settings: step {step} of {steps}. To change them, start a new run.</source>
        <translation>Retomando {run} com as próprias configurações: passo {step} de {steps}. Para mudá-las, inicie um novo treinamento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comparison with the base model: {reason}</source>
        <translation>Sem comparação com o modelo base: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the model…</source>
        <translation>Carregando o modelo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name “{name}” is empty or leads outside the dataset folder.</source>
        <translation>O nome de arquivo “{name}” está vazio ou leva para fora da pasta de dados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is missing or not a recording.</source>
        <translation>{name} está faltando ou não é uma gravação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcription is empty.</source>
        <translation>A transcrição está vazia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} recording(s) listed are not in the clips folder: {named}{more}.</source>
        <translation>{count} gravação(ões) da lista não estão na pasta de trechos: {named}{more}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sentence is empty.</source>
        <translation>A frase está vazia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path “{path}” leads outside the clips folder; it was not followed.</source>
        <translation>O caminho “{path}” leva para fora da pasta de trechos; ele não foi seguido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no tiers.</source>
        <translation>Ele não tem trilhas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its time-aligned top-level tiers has any text; choose a tier with --tier.</source>
        <translation>Nenhuma das trilhas principais alinhadas no tempo tem texto; escolha uma trilha com --tier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its annotations subdivide another tier&apos;s annotations without times of their own; import the parent tier instead.</source>
        <translation>As anotações dela subdividem as de outra trilha, sem tempos próprios; importe a trilha mãe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tier has no annotations.</source>
        <translation>A trilha não tem anotações.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} empty annotation(s).</source>
        <translation>{count} anotação(ões) vazia(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tier matches {asked}; its tiers are: {tiers}.</source>
        <translation>Nenhuma trilha corresponde a {asked}; as trilhas dele são: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of its tiers has any text.</source>
        <translation>Nenhuma das trilhas dele tem texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({tried}) was not found in the folders chosen for this import, so its {count} annotation(s) were not imported; put the recording beside the .eaf, or import the folder that holds both.</source>
        <translation>A gravação dele ({tried}) não foi encontrada nas pastas escolhidas para esta importação, então as {count} anotação(ões) dele não foram importadas; coloque a gravação ao lado do .eaf ou importe a pasta que contém os dois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation has no time in the file (unaligned).</source>
        <translation>A anotação não tem tempo no arquivo (não alinhada).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation mostly overlaps the one before it on the same tier.</source>
        <translation>A anotação se sobrepõe quase toda à anterior na mesma trilha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation lies outside the recording {media}.</source>
        <translation>A anotação fica fora da gravação {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation ends ({end} ms) before it starts ({start} ms).</source>
        <translation>A anotação termina ({end} ms) antes de começar ({start} ms).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotation starts after the end of {media}.</source>
        <translation>A anotação começa depois do fim de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording {media} cannot be used: {reason}</source>
        <translation>A gravação dele, {media}, não pode ser usada: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds no subtitles.</source>
        <translation>O arquivo não contém legendas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} subtitle(s) were not imported.</source>
        <translation>A gravação dele ({stem}.wav ou outro arquivo de áudio chamado {stem}) não foi encontrada ao lado, então as {count} legenda(s) dele não foram importadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} subtitle(s) without text (or repeating the one before).</source>
        <translation>{count} legenda(s) sem texto (ou repetindo a anterior).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle ends before it starts.</source>
        <translation>A legenda termina antes de começar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle starts after the end of {media}.</source>
        <translation>A legenda começa depois do fim de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subtitle lies outside the recording {media}.</source>
        <translation>A legenda fica fora da gravação {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({stem}.wav or another audio file named {stem}) was not found next to it, so its {count} interval(s) were not imported.</source>
        <translation>A gravação dele ({stem}.wav ou outro arquivo de áudio chamado {stem}) não foi encontrada ao lado, então os {count} intervalo(s) dele não foram importados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is a point tier; only interval tiers have stretches of speech to cut.</source>
        <translation>É uma trilha de pontos; só as trilhas de intervalos têm passagens de fala para cortar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no interval tier with any text.</source>
        <translation>Ele não tem nenhuma trilha de intervalos com texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval starts after the end of {media}.</source>
        <translation>O intervalo começa depois do fim de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval lies outside the recording {media}.</source>
        <translation>O intervalo fica fora da gravação {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds no transcribed speech.</source>
        <translation>Ele não contém fala transcrita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its recording ({name}.wav) was not found next to it, so its {count} transcribed stretch(es) were not imported.</source>
        <translation>A gravação dele ({name}.wav) não foi encontrada ao lado, então as {count} passagem(ns) transcrita(s) dele não foram importadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch ends before it starts.</source>
        <translation>A passagem termina antes de começar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch starts after the end of {media}.</source>
        <translation>A passagem começa depois do fim de {media}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stretch lies outside the recording {media} (negative times).</source>
        <translation>A passagem fica fora da gravação {media} (tempos negativos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read ({reason}).</source>
        <translation>Não foi possível ler o arquivo ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported by default; choose it with --tier if it holds the transcription.</source>
        <translation>Não é importada por padrão; escolha-a com --tier se ela contiver a transcrição.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invisible character(s) {chars} removed</source>
        <translation>Caractere(s) invisível(is) {chars} retirado(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup removed ({examples})</source>
        <translation>Marcação retirada ({examples})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This tier is damaged ({problem}); the other tiers are read. Open the file in Praat and save it again.</source>
        <translation>Esta trilha está danificada ({problem}); as outras trilhas são lidas. Abra o arquivo no Praat e salve-o de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as Latin-1 (Western European) text, as Praat does for a file that is not UTF-8 or UTF-16; check its accented letters.</source>
        <translation>Lido como texto Latin-1 (Europa Ocidental), como o Praat faz com um arquivo que não é UTF-8 nem UTF-16; verifique as letras acentuadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} empty or silence interval(s) passed over.</source>
        <translation>{count} intervalo(s) vazio(s) ou de silêncio pulado(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took tier “{tier}”: it holds the most running text ({letters:,} letters, {words:.1f} words per annotation).</source>
        <translation>Trilha “{tier}” escolhida: é a que tem mais texto corrido ({letters:,} letras, {words:.1f} palavras por anotação).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took tier “{tier}”: its name says it holds the transcription ({count} annotation(s)).</source>
        <translation>Trilha “{tier}” escolhida: o nome dela indica que contém a transcrição ({count} anotação(ões)).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One tier per speaker, named after the speaker: {tiers}.</source>
        <translation>Uma trilha por falante, com o nome do falante: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One transcript tier per participant: {tiers}.</source>
        <translation>Uma trilha de transcrição por participante: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers named as transcriptions: {tiers}.</source>
        <translation>Trilhas com nome de transcrição: {tiers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has letters in another script than this project&apos;s usual {usual} ({found}): another language, or letters typed with the wrong keyboard.</source>
        <translation>A transcrição tem letras de uma escrita diferente da escrita habitual do projeto, {usual} ({found}): outro idioma, ou letras digitadas com o teclado errado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip holds no sound at all.</source>
        <translation>O trecho não contém nenhum som.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is silent (its loudest moment is {peak:.0f} dBFS): nothing was recorded, or the wrong channel or cut was taken.</source>
        <translation>O trecho está em silêncio (o momento mais alto dele é de {peak:.0f} dBFS): nada foi gravado, ou foi usado o canal ou o corte errado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is distorted: {share:.1%} of its samples are at full scale (recorded too loud).</source>
        <translation>O trecho está distorcido: {share:.1%} das amostras estão no máximo (gravado alto demais).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is {seconds:.0f} s long; training uses clips of up to {limit:.0f} s, so split it into sentences.</source>
        <translation>O trecho tem {seconds:.0f} s; o treinamento usa trechos de até {limit:.0f} s, então divida-o em frases.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has {letters:,} letters for {seconds:.2f} s of sound ({rate:,.0f} per second; speech has at most about 20): the text and the cut do not belong together.</source>
        <translation>A transcrição tem {letters:,} letras para {seconds:.2f} s de som ({rate:,.0f} por segundo; a fala tem no máximo cerca de 20): o texto e o corte não combinam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript has only {letters} letter(s) for {seconds:.0f} s of sound; it is probably incomplete.</source>
        <translation>A transcrição tem só {letters} letra(s) para {seconds:.0f} s de som; provavelmente está incompleta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is almost all silence ({share:.0%} of it below {level:.0f} dBFS); check that the cut holds the speech.</source>
        <translation>O trecho é quase todo silêncio ({share:.0%} abaixo de {level:.0f} dBFS); verifique se o corte contém a fala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip is only {seconds:.2f} s long, too short to hold a word.</source>
        <translation>O trecho tem só {seconds:.2f} s, curto demais para conter uma palavra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clip sounds like steady noise, not speech (its loudness stays within {spread:.0f} dB, peak {peak:.0f} dBFS); listen to it before training.</source>
        <translation>O trecho parece ruído constante, não fala (o volume fica dentro de {spread:.0f} dB, pico de {peak:.0f} dBFS); ouça-o antes do treinamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as timed labels (start end label lines); the times were left out</source>
        <translation>Lido como rótulos com tempos (linhas início fim rótulo); os tempos foram retirados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording&apos;s name “{id}” at the start of the line was left out</source>
        <translation>O nome da gravação “{id}” no início da linha foi retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as an “id|text” line (another tool&apos;s layout); the id “{id}” was left out</source>
        <translation>Lido como uma linha “id|texto” (formato de outra ferramenta); o id “{id}” foi retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {count} clip(s), {hms} of audio; {flagged} need review; skipped {skipped}.</source>
        <translation>{count} trecho(s) importado(s), {hms} de áudio; {flagged} a revisar; {skipped} pulado(s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} ({count} clip(s)).</source>
        <translation>{text} ({count} trecho(s)).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  imported  {name}: {count} clip(s), {seconds:.1f} s</source>
        <translation>  importado {name}: {count} trecho(s), {seconds:.1f} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  skipped   {where}: {reason}</source>
        <translation>  pulado    {where}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  note      {where}: {text}</source>
        <translation>  nota      {where}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transcript holds annotation markup ({examples}) that would be learnt as speech; edit it, or import again with the option to remove markup.</source>
        <translation>A transcrição contém marcação de anotação ({examples}) que seria aprendida como fala; edite-a ou importe de novo com a opção de retirar a marcação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  review    {where}: {reason}</source>
        <translation>  revisar   {where}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is left of the transcript once markup and invisible characters are removed.</source>
        <translation>Não sobra nada da transcrição depois de retirar a marcação e os caracteres invisíveis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored clip cannot be read back: {reason}</source>
        <translation>Não é possível ler de volta o trecho salvo: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the tiny demo model…</source>
        <translation>Criando o modelo de demonstração minúsculo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording {count} demo clips…</source>
        <translation>Gravando {count} trechos de demonstração…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the texts…</source>
        <translation>Lendo os textos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the language model…</source>
        <translation>Criando o modelo de linguagem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring {clips} dev clips…</source>
        <translation>Avaliando {clips} trechos de controle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuning the language model weights on {clips} dev clips…</source>
        <translation>Ajustando os pesos do modelo de linguagem com {clips} trechos de controle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>greedy</source>
        <translation>sem modelo de linguagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beam search with hotwords</source>
        <translation>busca em feixe com palavras prioritárias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: beam search with hotwords, no language model.</source>
        <translation>Decodificação: busca em feixe com palavras prioritárias, sem modelo de linguagem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (no language model).</source>
        <translation>Decodificação: sem modelo de linguagem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (the base model&apos;s own adapter).</source>
        <translation>Decodificação: sem modelo de linguagem (o adaptador próprio do modelo base).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding: greedy (the base model&apos;s own output, zero-shot).</source>
        <translation>Decodificação: sem modelo de linguagem (saída própria do modelo base, sem treinamento).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base model&apos;s own {lang} adapter (if it has one)</source>
        <translation>Adaptador {lang} próprio do modelo base (se tiver um)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base model&apos;s own output (zero-shot)</source>
        <translation>Saída própria do modelo base (sem treinamento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No adapter trained yet: transcribing with the base model&apos;s own output (zero-shot).</source>
        <translation>Nenhum adaptador treinado ainda: transcrevendo com a saída própria do modelo base (sem treinamento).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No adapter trained yet: transcribing with the base model&apos;s own adapter for “{language}”.</source>
        <translation>Nenhum adaptador treinado ainda: transcrevendo com o adaptador próprio do modelo base para “{language}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoding without the language model: {reason}</source>
        <translation>Decodificação sem o modelo de linguagem: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoding without the language model: it did not lower this adapter&apos;s dev error rates (use --lm to force it).</source>
        <translation>Decodificação sem o modelo de linguagem: ele não reduziu as taxas de erro de controle deste adaptador (use --lm para forçá-lo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoding: {decoder}.</source>
        <translation>Decodificação: {decoder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order {order}, {words} words, from {sentences} sentences</source>
        <translation>ordem {order}, {words} palavras, de {sentences} frases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tuned on the dev clips</source>
        <translation>ajustado nos trechos de controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not tuned yet: default weights</source>
        <translation>ainda não ajustado: pesos padrão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned}) + {count} hotwords</source>
        <translation>modelo de linguagem ({model}; peso {alpha:g}, bônus por palavra {beta:g}, {tuned}) + {count} palavras prioritárias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language model ({model}; weight {alpha:g}, word bonus {beta:g}, {tuned})</source>
        <translation>modelo de linguagem ({model}; peso {alpha:g}, bônus por palavra {beta:g}, {tuned})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1,162 languages with ready adapters</source>
        <translation>1.162 idiomas com adaptadores prontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the slowest: about 12 s per training step on a 2-core laptop</source>
        <translation>o mais lento: cerca de 12 s por passo de treinamento em um notebook de 2 núcleos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>317 M weights, 3× fewer than MMS 1B: faster training and transcription</source>
        <translation>317 M de pesos, 3× menos que o MMS 1B: treinamento e transcrição mais rápidos</translation>
    </message>
    <message>
        <source>the slowest: an adapter step on 4 × 5 s takes ~12 s on a 2-core laptop CPU</source>
        <translation type="vanished">o mais lento: um passo de adaptador com 4 × 5 s leva ~12 s no processador de 2 núcleos de um notebook</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>1,600+ languages (no ready adapters)</source>
        <translation>mais de 1.600 idiomas (sem adaptadores prontos)</translation>
    </message>
    <message>
        <source>317 M weights, 3× fewer than MMS 1B: faster training and transcription (bench/families.py measures both on this computer)</source>
        <translation type="vanished">317 M de pesos, 3× menos que o MMS 1B: treinamento e transcrição mais rápidos (bench/families.py mede ambos neste computador)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about as heavy as MMS 1B (similar speed); more accurate than the 300M</source>
        <translation>quase tão pesado quanto o MMS 1B (velocidade parecida); mais preciso que o 300M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a model folder on this computer</source>
        <translation>uma pasta de modelo neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a model from the Hub</source>
        <translation>um modelo do Hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depends on the model</source>
        <translation>depende do modelo</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {field} of clip {clip}</source>
        <translation type="vanished">Editar {field} do trecho {clip}</translation>
    </message>
    <message>
        <location filename="../../mms_studio/gui/undo.py" line="+30"/>
        <source>Edit the transcript of {clip}</source>
        <translation>Editar a transcrição de {clip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the speaker of {clip}</source>
        <translation>Mudar o falante de {clip}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {clip} to another set</source>
        <translation>Mover {clip} para outro grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of {clip}</source>
        <translation>Mudar a situação de {clip}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Delete {n} clip(s)</source>
        <translation>Apagar {n} trecho(s)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change the language settings</source>
        <translation>Mudar as configurações do idioma</translation>
    </message>
</context>
</TS>
